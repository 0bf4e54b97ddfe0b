import { appRouter } from "@antdash/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { NextRequest } from "next/server";
import { createRequestApiContext } from "~/server/api-context";
import { BODY_LIMITS, withBodyLimit } from "~/server/http/body-limit";
import { logServerError } from "~/server/http/json-error";

/** Procedures one request may batch (the client's httpBatchLink sends at most as many). */
const MAX_BATCH_SIZE = 20;

async function handler(request: NextRequest): Promise<Response> {
  // Who is asking comes first: it decides how large a body we read at all, before anything parses it.
  const ctx = await createRequestApiContext({
    headers: request.headers,
    cookies: request.cookies,
    searchParams: request.nextUrl.searchParams,
  });
  const limited = await withBodyLimit(
    request,
    ctx.user || ctx.tv ? BODY_LIMITS.signedIn : BODY_LIMITS.anonymous,
  );
  if (limited instanceof Response) return limited;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: limited,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => ctx,
    onError({ error, path }) {
      // Only unexpected failures are worth a log line; the client already got a typed code for the rest.
      if (error.code !== "INTERNAL_SERVER_ERROR") return;
      logServerError(`tRPC ${path ?? "?"}`, error.cause ?? error);
    },
    responseMeta() {
      return { headers: new Headers({ "Cache-Control": "no-store" }) };
    },
  });
}

export { handler as GET, handler as POST };
