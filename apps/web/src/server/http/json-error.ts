import { ApiError, httpStatusOf } from "@antdash/api";
import { logEvent } from "../log";

/** Stable codes for the statuses routes answer with (the same names tRPC uses). */
const CODES: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  412: "PRECONDITION_FAILED",
  416: "RANGE_NOT_SATISFIABLE",
  429: "TOO_MANY_REQUESTS",
  502: "BAD_GATEWAY",
};

/** The JSON body every HTTP route answers errors with: a stable code and a readable message. */
export function jsonError(
  status: number,
  code: string,
  message: string,
  extra?: Record<string, unknown>,
  headers?: Record<string, string>,
): Response {
  return Response.json(
    { error: code, message, ...extra },
    { status, headers: { "Cache-Control": "no-store", ...headers } },
  );
}

export const unauthorized = (): Response => jsonError(401, "UNAUTHORIZED", "Sign in first.");
export const forbidden = (message = "You are not allowed to do this."): Response =>
  jsonError(403, "FORBIDDEN", message);

/**
 * A domain error becomes its status and readable message; anything else is logged (name and message only) and
 * answered with a bare 500, since its text may describe internals.
 */
export function errorResponse(error: unknown, where: string): Response {
  if (error instanceof ApiError) {
    const status = httpStatusOf(error);
    return jsonError(status, CODES[status] ?? "INTERNAL_SERVER_ERROR", error.message);
  }
  logServerError(where, error);
  return jsonError(500, "INTERNAL_SERVER_ERROR", "Something went wrong on the server.");
}

/** One JSON line: where, and the error with its stack folded in (token-shaped text masked). */
export function logServerError(where: string, error: unknown): void {
  logEvent("error", "server.error", { where, error });
}
