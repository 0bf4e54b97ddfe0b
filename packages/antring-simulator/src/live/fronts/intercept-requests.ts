import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";

/**
 * Puts `handle` in front of the server's request listeners (the API app): a request it answers (returns true)
 * never reaches them. Returns a function that puts the listeners back.
 */
export function interceptRequests(
  server: HttpServer,
  handle: (request: IncomingMessage, response: ServerResponse) => boolean,
): () => void {
  const listeners = server.listeners("request") as ((
    request: IncomingMessage,
    response: ServerResponse,
  ) => void)[];
  server.removeAllListeners("request");
  const front = (request: IncomingMessage, response: ServerResponse): void => {
    if (handle(request, response)) return;
    for (const listener of listeners) listener.call(server, request, response);
  };
  server.on("request", front);
  return () => {
    server.off("request", front);
    for (const listener of listeners) server.on("request", listener);
  };
}
