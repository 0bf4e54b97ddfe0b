import type { Instrumentation } from "next";
import { logEvent } from "./log";

/**
 * Next's onRequestError hook (instrumentation.ts): an error no route caught (a page render, a route handler, a
 * server action, the proxy) becomes one JSON line, its stack folded in and tokens masked. The path is logged without
 * its query (where a `tv=` token or a callback URL may sit); the request's headers (cookies) never are.
 */
export const logRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const digest = (error as { digest?: unknown } | null)?.digest;
  logEvent("error", "next.request_error", {
    method: request.method,
    path: request.path.split("?")[0],
    routePath: context.routePath,
    routeType: context.routeType,
    routerKind: context.routerKind,
    ...(context.renderSource && { renderSource: context.renderSource }),
    ...(typeof digest === "string" && { digest }),
    error,
  });
};
