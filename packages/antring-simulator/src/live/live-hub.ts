import type { Server as HttpServer } from "node:http";
import { Server, type Socket } from "socket.io";
import { bindingMatches, isCallBinding, requestedBindings, routingKey, type ChannelEvent } from "./bindings";
import type { KazooFrame } from "./kazoo-events";
import type { SignalSink } from "./live-signals";
import type { LiveTokenRegistry } from "./live-tokens";

/** Messages as Kazoo's blackhole words them (its troubleshooting docs). */
export const TOKEN_REFUSED = "failed to authenticate token";
export const UNKNOWN_BINDING = "no available subscriptions to requested binding";

/**
 * The live call-signal socket: Socket.IO on the simulator's own HTTP server (path /socket.io). A client emits
 * `subscribe` with `{ account_id, auth_token, binding }` (or `bindings: [...]`); a token not issued by
 * auth_token, or expired, gets an `error` event and is disconnected. Any account_id is accepted: AntRing does
 * not document where it comes from.
 */
export class LiveHub implements SignalSink {
  private readonly io: Server;
  private readonly subscriptions = new Map<Socket, Set<string>>();

  constructor(
    httpServer: HttpServer,
    private readonly tokens: LiveTokenRegistry,
    private readonly now: () => number,
  ) {
    this.io = new Server(httpServer, { path: "/socket.io", serveClient: false });
    this.io.on("connection", (socket) => {
      const bindings = new Set<string>();
      this.subscriptions.set(socket, bindings);
      socket.on("subscribe", (payload: unknown, ack?: unknown) => {
        const reply = this.subscribe(socket, bindings, payload);
        // Kazoo 4 replies to a subscribe; here only when the client asks for it (an acknowledgement).
        if (typeof ack === "function") ack(reply);
        if (reply.message === TOKEN_REFUSED) socket.disconnect();
      });
      socket.on("unsubscribe", (payload: unknown) => {
        for (const binding of requestedBindings(asRecord(payload))) if (typeof binding === "string") bindings.delete(binding);
      });
      socket.on("disconnect", () => this.subscriptions.delete(socket));
    });
  }

  /** Sends the event to every socket with a matching binding; the frame is built only if one matches. */
  publish(event: ChannelEvent, callId: string, frame: () => KazooFrame): void {
    const key = routingKey(event, callId);
    let built: KazooFrame | undefined;
    for (const [socket, bindings] of this.subscriptions) {
      for (const binding of bindings) {
        if (bindingMatches(binding, key)) {
          built ??= frame();
          socket.emit(event, built);
          break;
        }
      }
    }
  }

  /** Cuts every connection at the transport (clients see "transport close"), like a network drop. */
  dropConnections(): number {
    const sockets = [...this.io.sockets.sockets.values()];
    for (const socket of sockets) socket.conn.close();
    return sockets.length;
  }

  /** Stops the socket side; the caller closes the HTTP server itself. */
  close(): void {
    this.io.disconnectSockets(true);
    this.io.engine.close();
  }

  private subscribe(socket: Socket, bindings: Set<string>, payload: unknown): { status: "success" | "error"; message?: string } {
    const fields = asRecord(payload);
    if (!this.tokens.isValid(fields.auth_token, this.now())) {
      socket.emit("error", { status: "error", message: TOKEN_REFUSED });
      return { status: "error", message: TOKEN_REFUSED };
    }
    let refused = false;
    for (const binding of requestedBindings(fields)) {
      if (isCallBinding(binding)) {
        bindings.add(binding);
      } else {
        refused = true;
        socket.emit("error", { status: "error", message: UNKNOWN_BINDING, binding: String(binding).slice(0, 200) });
      }
    }
    return refused ? { status: "error", message: UNKNOWN_BINDING } : { status: "success" };
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
