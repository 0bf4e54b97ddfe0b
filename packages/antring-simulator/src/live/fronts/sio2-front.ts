import type { Server as HttpServer } from "node:http";
import { createServerV2 } from "./socket-io-v2";
import { connectSocketIoPeer } from "./socket-io-session";
import type { LiveFront, PeerRegistry } from "../live-peer";

/** socket.io-parser 3 packet type of an event. */
const EVENT_PACKET = 2;

/** Socket.IO 2 (engine.io 3, path /socket.io), with socket.io 2.5 (aliased socket.io-v2). */
export function attachSio2(httpServer: HttpServer, registry: PeerRegistry): LiveFront {
  const io = createServerV2(httpServer, { path: "/socket.io", serveClient: false });
  io.on("connection", (socket) =>
    // 2.x keeps `error` for itself (emit would not send it): a raw event packet carries it.
    connectSocketIoPeer(socket, registry, (payload) =>
      socket.packet({ type: EVENT_PACKET, data: ["error", payload] }),
    ),
  );
  return {
    dropAll: () => {
      const sockets = Object.values(io.sockets.sockets);
      for (const socket of sockets) socket.conn.close();
      return sockets.length;
    },
    close: () => {
      for (const socket of Object.values(io.sockets.sockets)) socket.disconnect(true);
      io.engine.close();
    },
  };
}
