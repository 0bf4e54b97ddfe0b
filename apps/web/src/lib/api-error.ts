import type { ErrorReason } from "@antdash/api";

// A failed tRPC call carries the API's code and reason in `data` (the errorFormatter in packages/api/src/trpc.ts);
// the web picks its own translated words by them, never by the English message.
type ErrorData = { data?: { code?: unknown; reason?: unknown } | null } | null | undefined;

/** The tRPC code of a failed call ("CONFLICT", "PRECONDITION_FAILED"...), if it has one. */
export function errorCodeOf(error: unknown): string | undefined {
  const code = (error as ErrorData)?.data?.code;
  return typeof code === "string" ? code : undefined;
}

/** Why the API refused a call (ErrorReason), or null when it named no reason. */
export function errorReasonOf(error: unknown): ErrorReason | null {
  const reason = (error as ErrorData)?.data?.reason;
  return typeof reason === "string" ? (reason as ErrorReason) : null;
}
