import type { ErrorReason } from "@antdash/api";

// A failed tRPC call carries the API's code and reason in `data` (the errorFormatter in packages/api/src/trpc.ts);
// the web picks its own translated words by them, never by the English message.
type ErrorData = { data?: { reason?: unknown } | null } | null | undefined;

/** Why the API refused a call (ErrorReason), or null when it named no reason. */
export function errorReasonOf(error: unknown): ErrorReason | null {
  const reason = (error as ErrorData)?.data?.reason;
  return typeof reason === "string" ? (reason as ErrorReason) : null;
}
