import type { PeerRegistry } from "../live-peer";

/** What a connection needs of a Socket.IO server socket: the same in socket.io 2 and 4. */
export interface SocketIoSocket {
  on(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  disconnect(close?: boolean): unknown;
  conn: { close(): void };
}

/**
 * Registers a Socket.IO connection with the hub and hands it what the client sends. The two versions differ only
 * in how an `error` event goes out (`sendError`).
 */
export function connectSocketIoPeer(
  socket: SocketIoSocket,
  registry: PeerRegistry,
  sendError: (payload: Record<string, unknown>) => void,
): void {
  const session = registry.connect({
    sendEvent: (event, frame) => socket.emit(event, frame),
    sendError,
    sendAuthFailure: (message) => socket.emit("auth_failure", { message }),
    disconnect: () => socket.disconnect(true),
    drop: () => socket.conn.close(),
  });
  socket.on("subscribe", (payload: unknown, ack?: unknown) => {
    const reply = session.subscribe(payload);
    // Kazoo replies to a subscribe; here only when the client asks for it (an acknowledgement).
    if (reply !== undefined && typeof ack === "function") (ack as (reply: unknown) => void)(reply);
  });
  socket.on("unsubscribe", (payload: unknown) => session.unsubscribe(payload));
  socket.on("disconnect", () => session.closed());
}
