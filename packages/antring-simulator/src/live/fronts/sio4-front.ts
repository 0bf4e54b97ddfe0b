import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { LiveFront, PeerRegistry } from "../live-peer";
import { connectSocketIoPeer } from "./socket-io-session";

/** Socket.IO 4 (path /socket.io), with the maintained socket.io server. */
export function attachSio4(httpServer: HttpServer, registry: PeerRegistry): LiveFront {
  const io = new Server(httpServer, { path: "/socket.io", serveClient: false });
  io.on("connection", (socket) =>
    connectSocketIoPeer(socket, registry, (payload) => socket.emit("error", payload)),
  );
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
