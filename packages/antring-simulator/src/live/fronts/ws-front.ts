import type { IncomingMessage, Server as HttpServer } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocket, WebSocketServer } from "ws";
import type { LiveFront } from "../live-peer";

/**
 * The LiveFront of a front built on `ws`: it listens to the HTTP server's upgrades with `onUpgrade` until
 * closed, and `sockets` holds its open connections.
 */
export function wsFront(
  httpServer: HttpServer,
  wss: WebSocketServer,
  sockets: Set<WebSocket>,
  onUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void,
  onClose: () => void = () => {},
): LiveFront {
  httpServer.on("upgrade", onUpgrade);
  return {
    dropAll: () => {
      const count = sockets.size;
      for (const ws of sockets) ws.terminate();
      return count;
    },
    close: () => {
      for (const ws of sockets) ws.terminate();
      httpServer.off("upgrade", onUpgrade);
      onClose();
      wss.close();
    },
  };
}
