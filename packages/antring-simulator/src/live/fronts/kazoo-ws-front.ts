import type { IncomingMessage, Server as HttpServer } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer } from "ws";
import type { LiveFront, PeerRegistry } from "../live-peer";
import { wsFront } from "./ws-front";

/**
 * Kazoo's plain WebSocket JSON (blackhole from Kazoo 4), on any path of the simulator's origin: the client sends
 * `{"action":"subscribe","auth_token":…,"request_id":…,"data":{"account_id":…,"binding":…}}`, and gets
 * `{"action":"reply","request_id":…,"status":…,"data":{…}}`; events come as
 * `{"action":"event","subscribed_key":…,"routing_key":…,"name":…,"data":{…}}`.
 */
export function attachKazooWs(httpServer: HttpServer, registry: PeerRegistry): LiveFront {
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true });
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    wss.handleUpgrade(request, socket, head, (ws) => serve(ws));
  };

  function serve(ws: WebSocket): void {
    sockets.add(ws);
    const send = (message: Record<string, unknown>): void => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
    };
    let requestId: unknown;
    const session = registry.connect({
      sendEvent: (event, frame, binding) =>
        send({
          action: "event",
          subscribed_key: binding,
          routing_key: `call.${event}.${String(frame.args["Call-ID"])}`,
          name: event,
          data: frame.args,
        }),
      sendError: (payload) =>
        send({ action: "reply", request_id: requestId, status: "error", data: payload }),
      sendAuthFailure: (message) =>
        send({ action: "auth_failure", request_id: requestId, data: { message } }),
      disconnect: () => ws.close(1000, "bye"),
      drop: () => ws.terminate(),
    });
    ws.on("message", (data: Buffer) => {
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(data.toString()) as Record<string, unknown>;
      } catch {
        return send({ action: "reply", status: "error", data: { message: "invalid JSON" } });
      }
      requestId = message.request_id;
      const payload = {
        ...(typeof message.data === "object" && message.data !== null ? message.data : {}),
        auth_token: message.auth_token,
      };
      if (message.action === "subscribe") {
        const reply = session.subscribe(payload);
        // An error reply was already sent (sendError) when the subscribe failed.
        if (reply?.status === "success")
          send({ action: "reply", request_id: requestId, status: "success", data: {} });
      } else if (message.action === "unsubscribe") {
        session.unsubscribe(payload);
      }
    });
    ws.on("error", () => {});
    ws.on("close", () => {
      sockets.delete(ws);
      session.closed();
    });
  }

  return wsFront(httpServer, wss, sockets, onUpgrade);
}
