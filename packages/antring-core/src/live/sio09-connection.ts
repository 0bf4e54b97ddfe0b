import WebSocket from "ws";
import { guardEvents, type LiveConnection, type OpenLiveConnection } from "./live-connection";
import {
  decodeSio09,
  describeSio09Error,
  encodeSio09,
  encodeSio09Event,
  parseSio09Handshake,
  sio09Ack,
  sio09Event,
} from "./sio09-framing";

const HEARTBEAT = encodeSio09({ type: "heartbeat", endpoint: "" });

/**
 * Socket.IO 0.9 (Kazoo's Socket.IO-era blackhole), by hand over `ws`: an HTTP handshake at /socket.io/1/, then
 * the websocket transport; heartbeats are answered, and the connection is given up when they stop.
 */
export const openSio09: OpenLiveConnection = (url, handlers, { timeoutMs }) => {
  const { events, stop } = guardEvents(handlers);
  const abort = new AbortController();
  const acks = new Map<string, (answer: unknown) => void>();
  let socket: WebSocket | undefined;
  let nextAckId = 1;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;
  const connectTimer = setTimeout(() => fail("timeout"), timeoutMs);

  /** Stops everything; `politely` says goodbye (a disconnect frame and a close handshake) instead of cutting. */
  function end(politely = false): void {
    clearTimeout(connectTimer);
    clearTimeout(silenceTimer);
    abort.abort();
    if (socket === undefined) return;
    socket.removeAllListeners();
    socket.on("error", () => {});
    if (politely && socket.readyState === WebSocket.OPEN) {
      socket.send(encodeSio09({ type: "disconnect", endpoint: "" }));
      socket.close(1000);
    } else {
      socket.terminate();
    }
  }
  function fail(reason: string, byServer = false): void {
    end();
    events.close(reason, byServer);
  }

  void (async () => {
    const origin = new URL(url);
    const base = `${origin.protocol.replace(/^ws/, "http")}//${origin.host}`;
    let body: string;
    try {
      const response = await fetch(`${base}/socket.io/1/?t=${Date.now()}`, { signal: abort.signal });
      body = await response.text();
      if (!response.ok) return fail(`handshake answered HTTP ${response.status}`);
    } catch (error) {
      if (abort.signal.aborted) return;
      return fail(
        `handshake failed: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`,
      );
    }
    const handshake = parseSio09Handshake(body);
    if (handshake === null)
      return fail("handshake answer is not Socket.IO 0.9 (sid:heartbeat:close:transports)");
    if (!handshake.transports.includes("websocket"))
      return fail(`server offers no websocket transport (${handshake.transports.join(",")})`);
    const heartbeatMs = handshake.heartbeatTimeoutS * 1000;
    const heard = (): void => {
      if (heartbeatMs <= 0) return;
      clearTimeout(silenceTimer);
      silenceTimer = setTimeout(() => fail("ping timeout"), heartbeatMs);
    };

    const ws = new WebSocket(
      `${base.replace(/^http/, "ws")}/socket.io/1/websocket/${encodeURIComponent(handshake.sid)}`,
    );
    socket = ws;
    ws.on("error", (error: Error) => fail(error.message));
    ws.on("close", (code: number) => fail(`transport close (code ${code})`));
    ws.on("message", (data: WebSocket.RawData) => {
      heard();
      for (const packet of decodeSio09((data as Buffer).toString())) {
        switch (packet.type) {
          case "connect":
            if (packet.endpoint === "") {
              clearTimeout(connectTimer);
              events.open();
            }
            break;
          case "heartbeat":
            ws.send(HEARTBEAT);
            break;
          case "event": {
            const event = sio09Event(packet);
            if (event !== null) events.event(event.name, event.args[0]);
            break;
          }
          case "ack": {
            const ack = sio09Ack(packet);
            const answer = ack === null ? undefined : acks.get(ack.id);
            if (ack !== null && answer !== undefined) {
              acks.delete(ack.id);
              answer(ack.args[0]);
            }
            break;
          }
          case "error":
            events.event("error", { message: describeSio09Error(packet.data) });
            break;
          case "disconnect":
            if (packet.endpoint === "") fail("io server disconnect", true);
            break;
          default:
            break;
        }
      }
    });
  })();

  const connection: LiveConnection = {
    protocol: "sio09",
    subscribe: (subscription, onAnswer) => {
      let ackId: string | undefined;
      if (onAnswer !== undefined) {
        ackId = String(nextAckId++);
        acks.set(ackId, onAnswer);
      }
      socket?.send(encodeSio09Event("subscribe", [subscription], ackId));
    },
    close: () => {
      stop();
      end(true);
    },
  };
  return connection;
};
