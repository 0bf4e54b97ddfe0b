import { LIVE_STREAM_LIMITS } from "@antdash/api";
import type { NextRequest } from "next/server";
import superjson from "superjson";
import { createRequestApiContext, TV_TOKEN_QUERY } from "~/server/api-context";
import { jsonError } from "~/server/http/json-error";
import { liveStreams } from "~/server/http/live-streams";
import { getWallboardHub } from "~/server/wallboard/process-hub";
import { SSE_HEADERS, sseEvent, sseRetry } from "~/server/wallboard/sse";
import type { WallboardEvent } from "~/server/wallboard/wallboard-hub";

export const dynamic = "force-dynamic";

/** A comment line now and then keeps proxies from closing an idle stream and carries the server's clock. */
const PING_MS = 15_000;
/** How often the screen's right to the stream is checked again: a revoked token stops within a minute. */
const RECHECK_MS = 20_000;
const RECONNECT_MS = 3_000;

/**
 * GET /api/wallboard/events?tv=<display token>: the wallboard as server-sent events. `snapshot` (the whole board,
 * whenever the data changed), `live` (calls ringing or in progress), `ping` (server time) and `revoked` (the token
 * stopped working; the stream ends). Without `tv`, a signed-in user's session works too. Payloads are superjson.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const parts = {
    headers: request.headers,
    cookies: request.cookies,
    searchParams: request.nextUrl.searchParams,
  };
  // A token that was given must be valid itself: a screen whose token was revoked must stop even in a browser
  // where someone is also signed in.
  const tokenGiven = request.nextUrl.searchParams.has(TV_TOKEN_QUERY) || request.headers.has("x-tv-token");
  const allowed = async () => {
    const ctx = await createRequestApiContext(parts);
    return tokenGiven ? ctx.tv !== null : ctx.user !== null;
  };
  const first = await createRequestApiContext(parts);
  const streamKey = tokenGiven
    ? first.tv && `tv:${first.tv.displayId}`
    : first.user && `user:${first.user.id}`;
  if (!streamKey) {
    return jsonError("UNAUTHORIZED", "This display link is not valid (or was revoked).");
  }
  const release = liveStreams().acquire(
    streamKey,
    tokenGiven ? LIVE_STREAM_LIMITS.perDisplay : LIVE_STREAM_LIMITS.perUser,
  );
  if (!release) {
    return jsonError("TOO_MANY_REQUESTS", "Too many live streams open for this screen or account.", {
      headers: { "Retry-After": "10" },
    });
  }

  const hub = getWallboardHub();
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const send = (event: WallboardEvent) =>
        write(
          sseEvent(event.type, superjson.stringify(event.type === "snapshot" ? event.snapshot : event.live)),
        );
      const ping = () => write(sseEvent("ping", superjson.stringify({ now: new Date() })));

      write(sseRetry(RECONNECT_MS));
      ping();
      const current = hub.current();
      if (current.snapshot) send({ type: "snapshot", snapshot: current.snapshot });
      send({ type: "live", live: current.live });
      const unsubscribe = hub.subscribe(send);
      const pinger = setInterval(ping, PING_MS);
      const rechecker = setInterval(() => {
        allowed().then(
          (ok) => {
            if (ok) return;
            write(sseEvent("revoked", "{}"));
            stop();
          },
          // The database hiccuped: keep serving; the next check decides.
          () => {},
        );
      }, RECHECK_MS);

      stop = () => {
        if (closed) return;
        closed = true;
        release();
        unsubscribe();
        clearInterval(pinger);
        clearInterval(rechecker);
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      request.signal.addEventListener("abort", () => stop());
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
