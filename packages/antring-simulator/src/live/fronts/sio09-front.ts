import { randomBytes } from "node:crypto";
import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer } from "ws";
import type { LiveFront, PeerRegistry } from "../live-peer";
import { interceptRequests } from "./intercept-requests";
import { wsFront } from "./ws-front";
import {
  ackFrame,
  CONNECT_FRAME,
  DISCONNECT_FRAME,
  eventFrame,
  HEARTBEAT_FRAME,
  readClientFrame,
} from "./sio09-wire";

/** Handshake answer timeouts (s), like socket.io 0.9's defaults; a heartbeat goes out well within them. */
const HEARTBEAT_TIMEOUT_S = 60;
const CLOSE_TIMEOUT_S = 60;
const HEARTBEAT_EVERY_MS = 20_000;
/** A handshake's session id must be used within this long. */
const SID_LIFETIME_MS = 30_000;

const WEBSOCKET_PATH = /^\/socket\.io\/1\/websocket\/([\w-]+)\/?$/;

/**
 * Socket.IO 0.9 (Kazoo's Socket.IO-era blackhole), by hand over `ws`: no server for it runs on Node 20
 * (socket.io 0.9 needs ws 0.4). `GET /socket.io/1/` hands out a session id; the websocket transport at
 * /socket.io/1/websocket/<sid> then carries 0.9 frames.
 */
export function attachSio09(httpServer: HttpServer, registry: PeerRegistry): LiveFront {
  const sids = new Map<string, number>();
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true });

  const restore = interceptRequests(httpServer, (request, response) => handshake(request, response, sids));
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const sid = WEBSOCKET_PATH.exec(new URL(request.url ?? "/", "http://x").pathname)?.[1];
    const issued = sid === undefined ? undefined : sids.get(sid);
    if (sid === undefined || issued === undefined || Date.now() - issued > SID_LIFETIME_MS) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
      return;
    }
    sids.delete(sid);
    wss.handleUpgrade(request, socket, head, (ws) => serve(ws));
  };

  function serve(ws: WebSocket): void {
    sockets.add(ws);
    const send = (frame: string): void => {
      if (ws.readyState === WebSocket.OPEN) ws.send(frame);
    };
    const session = registry.connect({
      sendEvent: (event, frame) => send(eventFrame(event, [frame])),
      sendError: (payload) => send(eventFrame("error", [payload])),
      sendAuthFailure: (message) => send(eventFrame("auth_failure", [{ message }])),
      disconnect: () => {
        send(DISCONNECT_FRAME);
        ws.close(1000);
      },
      drop: () => ws.terminate(),
    });
    const heartbeat = setInterval(() => send(HEARTBEAT_FRAME), HEARTBEAT_EVERY_MS);
    ws.on("message", (data: Buffer) => {
      const frame = readClientFrame(data.toString());
      if (frame.type === "disconnect") ws.close(1000);
      if (frame.type !== "event") return;
      if (frame.name === "subscribe") {
        const reply = session.subscribe(frame.args[0]);
        if (reply !== undefined && frame.ackId !== undefined) send(ackFrame(frame.ackId, [reply]));
      } else if (frame.name === "unsubscribe") {
        session.unsubscribe(frame.args[0]);
      }
    });
    ws.on("error", () => {});
    ws.on("close", () => {
      clearInterval(heartbeat);
      sockets.delete(ws);
      session.closed();
    });
    send(CONNECT_FRAME);
  }

  return wsFront(httpServer, wss, sockets, onUpgrade, restore);
}

/** Answers socket.io 0.9's HTTP side; returns false for requests that are not its own. */
function handshake(request: IncomingMessage, response: ServerResponse, sids: Map<string, number>): boolean {
  const { pathname } = new URL(request.url ?? "/", "http://x");
  if (!pathname.startsWith("/socket.io/")) return false;
  const now = Date.now();
  for (const [sid, issued] of sids) if (now - issued > SID_LIFETIME_MS) sids.delete(sid);
  response.setHeader("Content-Type", "text/plain");
  if (/^\/socket\.io\/1\/?$/.test(pathname) && request.method === "GET") {
    const sid = randomBytes(10).toString("hex");
    sids.set(sid, now);
    response.end(`${sid}:${HEARTBEAT_TIMEOUT_S}:${CLOSE_TIMEOUT_S}:websocket`);
  } else if (/^\/socket\.io\/?$/.test(pathname)) {
    response.end("Welcome to socket.io.");
  } else {
    // What socket.io 0.9 says to any other protocol version or transport (an engine.io client's requests).
    response.statusCode = 500;
    response.end("Protocol version not supported.");
  }
  return true;
}
