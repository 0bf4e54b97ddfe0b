import { appRouter } from "@antdash/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { NextRequest } from "next/server";
import { createRequestApiContext } from "~/server/api-context";
import { logServerError } from "~/server/http/json-error";

function handler(request: NextRequest): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () =>
      createRequestApiContext({
        headers: request.headers,
        cookies: request.cookies,
        searchParams: request.nextUrl.searchParams,
      }),
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
