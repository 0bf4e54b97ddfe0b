// A Socket.IO client for the live-signal tests: connects to a simulator, records every event it gets.
import { io, type Socket } from "socket.io-client";
// @ts-expect-error -- socket.io-client 2 ships no types; the part the tests use is typed by IoV2 below.
import untypedIoV2 from "socket.io-client-v2";
import type { KazooFrame } from "../live/kazoo-events";
import type { RunningSimulator } from "../types";
import { getJson, headerAuth } from "./http";

/** socket.io-client 2.5 (aliased socket.io-client-v2), as far as the sio2 front's tests use it. */
export interface SocketV2 {
  on(event: string, listener: (...args: never[]) => void): SocketV2;
  once(event: string, listener: (...args: never[]) => void): SocketV2;
  emit(event: string, ...args: unknown[]): SocketV2;
  close(): SocketV2;
}
type IoV2 = (
  url: string,
  options?: { forceNew?: boolean; reconnection?: boolean; transports?: string[] },
) => SocketV2;
export const ioV2 = untypedIoV2 as IoV2;

export interface Received {
  event: string;
  payload: unknown;
}

export interface LiveClient {
  socket: Socket;
  received: Received[];
  disconnects: string[];
  /** Frames of call events (not errors), in arrival order. */
  frames(callId?: string): KazooFrame[];
  /** Resolves once `predicate` holds for what was received; rejects after `timeoutMs`. */
  until(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

export async function authToken(sim: RunningSimulator): Promise<string> {
  const { status, body } = await getJson(`${sim.url}/oapi/v1/voice/auth_token`, {
    method: "POST",
    headers: headerAuth(sim),
  });
  if (status !== 200) throw new Error(`auth_token answered ${status}`);
  return (body as { value: string }).value;
}

export async function connectLive(sim: RunningSimulator): Promise<LiveClient> {
  const socket = io(sim.liveUrl, { forceNew: true, reconnection: false, transports: ["websocket"] });
  const received: Received[] = [];
  const disconnects: string[] = [];
  socket.onAny((event: string, payload: unknown) => received.push({ event, payload }));
  socket.on("disconnect", (reason) => disconnects.push(reason));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  const until = async (predicate: () => boolean, timeoutMs = 5_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline)
        throw new Error(`timed out; received ${JSON.stringify(received.map((r) => r.event))}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return {
    socket,
    received,
    disconnects,
    frames: (callId) =>
      received
        .filter((r) => r.event.startsWith("CHANNEL_"))
        .map((r) => r.payload as KazooFrame)
        .filter((frame) => callId === undefined || frame.args["Call-ID"] === callId),
    until,
    close: () => {
      socket.disconnect();
    },
  };
}

export function subscribe(client: LiveClient, token: string, bindings: string[]): void {
  for (const binding of bindings)
    client.socket.emit("subscribe", { account_id: "any", auth_token: token, binding });
}

/** Subscribes with an acknowledgement, so the subscriptions are in place before the test acts. */
export async function subscribed(client: LiveClient, token: string, bindings: string[]): Promise<unknown> {
  return client.socket
    .timeout(5_000)
    .emitWithAck("subscribe", { account_id: "any", auth_token: token, bindings });
}
