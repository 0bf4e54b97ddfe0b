import { randomUUID } from "node:crypto";
import WebSocket from "ws";
import { guardEvents, type LiveConnection, type OpenLiveConnection } from "./live-connection";

/**
 * Kazoo's plain WebSocket JSON (blackhole from Kazoo 4): the client sends
 * `{"action":"subscribe","auth_token":…,"request_id":…,"data":{"account_id":…,"binding":…}}`; the server answers
 * `{"action":"reply","request_id":…,"status":"success"|"error",…}` and sends events as
 * `{"action":"event","name":…,"routing_key":…,"data":{…}}`.
 */
const KEEPALIVE_MS = 30_000;

export const openKazooWs: OpenLiveConnection = (url, handlers, { timeoutMs }) => {
  const { events, stop } = guardEvents(handlers);
  const answers = new Map<string, (answer: unknown) => void>();
  const socket = new WebSocket(url.replace(/^http/, "ws"), { handshakeTimeout: timeoutMs });
  // Plain WebSocket has no heartbeat of its own: a ping every KEEPALIVE_MS, and a connection that answered
  // nothing (no pong, no message) since the previous one is dead (a silent network drop).
  let alive = true;
  let keepalive: ReturnType<typeof setInterval> | undefined;
  socket.on("open", () => {
    keepalive = setInterval(() => {
      if (!alive) {
        socket.terminate();
        return;
      }
      alive = false;
      socket.ping();
    }, KEEPALIVE_MS);
    events.open();
  });
  socket.on("pong", () => {
    alive = true;
  });
  socket.on("error", (error: Error) => events.close(error.message, false));
  socket.on("close", (code: number, reason: Buffer) => {
    clearInterval(keepalive);
    const text = alive ? reason.toString() : "ping timeout";
    events.close(`transport close (code ${code}${text ? `: ${text}` : ""})`, code === 1000);
  });
  socket.on("message", (data: WebSocket.RawData) => {
    alive = true;
    let message: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse((data as Buffer).toString());
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return;
      message = parsed as Record<string, unknown>;
    } catch {
      return;
    }
    const { action, request_id: requestId, status } = message;
    if (typeof requestId === "string") {
      const answer = answers.get(requestId);
      answers.delete(requestId);
      answer?.(message);
    }
    if (action === "auth_failure") events.event("auth_failure", message.data ?? message);
    else if (action === "error" || status === "error") events.event("error", message.data ?? message);
    else if (action === "event" || (action === undefined && typeof message.name === "string")) {
      // Like the Socket.IO fronts: the event name, and the call event itself as the payload.
      const payload = typeof message.data === "object" && message.data !== null ? message.data : message;
      events.event(typeof message.name === "string" ? message.name : "event", payload);
    }
  });
  const connection: LiveConnection = {
    protocol: "kazoo-ws",
    subscribe: ({ auth_token, account_id, binding }, onAnswer) => {
      const requestId = randomUUID();
      if (onAnswer !== undefined) answers.set(requestId, onAnswer);
      const data = account_id === undefined ? { binding } : { account_id, binding };
      socket.send(JSON.stringify({ action: "subscribe", auth_token, request_id: requestId, data }));
    },
    close: () => {
      stop();
      clearInterval(keepalive);
      socket.removeAllListeners();
      socket.on("error", () => {});
      if (socket.readyState === WebSocket.CONNECTING) socket.terminate();
      else socket.close(1000);
    },
  };
  return connection;
};
