import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import superjson from "superjson";
import { afterEach, describe, expect, it } from "vitest";
import { sseEvent } from "~/server/wallboard/sse";
import { connectWallboardStream, type StreamConnection } from "./wallboard-stream";

type Handler = (request: IncomingMessage, response: ServerResponse, count: number) => void;

let server: Server | undefined;

/** A real HTTP server on loopback; `handler` answers each request (with its 1-based number). */
async function serve(handler: Handler): Promise<{ url: string; requests: () => number }> {
  let count = 0;
  server = createServer((request, response) => handler(request, response, ++count));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/wallboard/events?tv=x`, requests: () => count };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

function recorder() {
  const seen = {
    totals: [] as number[],
    live: 0,
    pings: [] as Date[],
    connections: [] as StreamConnection[],
    refused: 0,
  };
  return {
    seen,
    handlers: {
      snapshot: (s: { kpis: { total: number } }) => seen.totals.push(s.kpis.total),
      live: () => seen.live++,
      ping: (now: Date) => seen.pings.push(now),
      connection: (state: StreamConnection) => seen.connections.push(state),
      refused: () => seen.refused++,
    },
  };
}

const SSE_HEAD = { "content-type": "text/event-stream" };

describe("connectWallboardStream", () => {
  it("delivers the events, and reconnects by itself when the server drops the stream", async () => {
    const { url, requests } = await serve((_request, response, n) => {
      response.writeHead(200, SSE_HEAD);
      response.write(sseEvent("ping", superjson.stringify({ now: new Date(Date.UTC(2026, 0, 1)) })));
      response.write(sseEvent("snapshot", superjson.stringify({ kpis: { total: n * 10 } })));
      response.write(sseEvent("live", superjson.stringify({ connected: true, calls: [] })));
      // The first stream ends (a server restart, say); the second stays open.
      if (n === 1) response.end();
    });
    const { seen, handlers } = recorder();
    const stream = connectWallboardStream(url, handlers, { backoffMs: [10] });
    await until(() => seen.totals.length === 2);
    stream.close();
    expect(seen.totals).toEqual([10, 20]);
    expect(seen.pings[0]).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(seen.live).toBe(2);
    expect(seen.connections).toEqual(["connecting", "open", "reconnecting", "open"]);
    expect(requests()).toBe(2);
    expect(seen.refused).toBe(0);
  });

  it("keeps trying while the server is down (errors), then recovers", async () => {
    const { url, requests } = await serve((_request, response, n) => {
      if (n <= 2) {
        response.writeHead(502).end();
        return;
      }
      response.writeHead(200, SSE_HEAD);
      response.write(sseEvent("snapshot", superjson.stringify({ kpis: { total: 7 } })));
    });
    const { seen, handlers } = recorder();
    const stream = connectWallboardStream(url, handlers, { backoffMs: [5, 10] });
    await until(() => seen.totals.length === 1);
    stream.close();
    expect(requests()).toBe(3);
    expect(seen.refused).toBe(0);
  });

  it("stops for good when the token is refused, at connection or later", async () => {
    const refusing = await serve((_request, response) => response.writeHead(401).end());
    const first = recorder();
    connectWallboardStream(refusing.url, first.handlers, { backoffMs: [5] });
    await until(() => first.seen.refused === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(refusing.requests()).toBe(1);
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));

    const revoking = await serve((_request, response) => {
      response.writeHead(200, SSE_HEAD);
      response.write(sseEvent("snapshot", superjson.stringify({ kpis: { total: 1 } })));
      response.end(sseEvent("revoked", "{}"));
    });
    const second = recorder();
    connectWallboardStream(revoking.url, second.handlers, { backoffMs: [5] });
    await until(() => second.seen.refused === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(revoking.requests()).toBe(1);
    expect(second.seen.totals).toEqual([1]);
  });

  it("gives up on a connection that goes silent and opens a new one", async () => {
    const { url, requests } = await serve((_request, response, n) => {
      response.writeHead(200, SSE_HEAD);
      response.write(sseEvent("snapshot", superjson.stringify({ kpis: { total: n } })));
      // Then nothing: no pings (a half-open connection after a network change looks like this).
    });
    const { seen, handlers } = recorder();
    const stream = connectWallboardStream(url, handlers, { backoffMs: [5], silenceMs: 50 });
    await until(() => seen.totals.length >= 2);
    stream.close();
    // Each board came over a new connection (the number of the request that carried it).
    expect(seen.totals[1]).toBeGreaterThan(seen.totals[0]!);
    expect(requests()).toBeGreaterThanOrEqual(2);
  });
});
