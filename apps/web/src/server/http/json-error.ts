import { ApiError, ERROR_KINDS, type ErrorKind, type ErrorReason } from "@antdash/api";
import { logEvent } from "../log";

interface ErrorDetails {
  /** Why, for machines: the client picks its translated words by it (ErrorReason). */
  reason?: ErrorReason | null;
  /** More fields of the body (retryAfterSeconds, problems...). */
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * The JSON body every HTTP route answers errors with: the kind's code (its status comes from the API's one table,
 * ERROR_KINDS), a machine-readable reason and a readable message.
 */
export function jsonError(kind: ErrorKind, message: string, details: ErrorDetails = {}): Response {
  return Response.json(
    { error: kind, reason: details.reason ?? null, message, ...details.body },
    { status: ERROR_KINDS[kind].httpStatus, headers: { "Cache-Control": "no-store", ...details.headers } },
  );
}

/**
 * A domain error becomes its kind's status, its reason and its readable message; anything else is logged (name and
 * message only) and answered with a bare 500, since its text may describe internals.
 */
export function errorResponse(error: unknown, where: string, headers?: Record<string, string>): Response {
  if (error instanceof ApiError)
    return jsonError(error.kind, error.message, { reason: error.reason, headers });
  logServerError(where, error);
  return jsonError("INTERNAL_SERVER_ERROR", "Something went wrong on the server.");
}

/** One JSON line: where, and the error with its stack folded in (token-shaped text masked). */
export function logServerError(where: string, error: unknown): void {
  logEvent("error", "server.error", { where, error });
}
