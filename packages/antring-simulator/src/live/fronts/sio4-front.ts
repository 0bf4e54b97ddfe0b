import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { LiveFront, PeerRegistry } from "../live-peer";

/** Socket.IO 4 (path /socket.io), with the maintained socket.io server. */
export function attachSio4(httpServer: HttpServer, registry: PeerRegistry): LiveFront {
  const io = new Server(httpServer, { path: "/socket.io", serveClient: false });
  io.on("connection", (socket) => {
    const session = registry.connect({
      sendEvent: (event, frame) => socket.emit(event, frame),
      sendError: (payload) => socket.emit("error", payload),
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
  });
  return {
    dropAll: () => {
      const sockets = [...io.sockets.sockets.values()];
      for (const socket of sockets) socket.conn.close();
      return sockets.length;
    },
    close: () => {
      io.disconnectSockets(true);
      io.engine.close();
    },
  };
}
