import { serverMessage } from "./redact";

/** Kazoo's words for a token it does not accept (its `error` messages say so in several ways). */
const TOKEN_WORDS = /auth|token|expired|unauthori[sz]ed|forbidden|credential/i;

/** What a server message means for the subscription, or null when it is not about the subscription. */
export type ServerVerdict =
  { kind: "refused"; message: string } | { kind: "error"; message: string } | { kind: "accepted" } | null;

/**
 * Reads a server event: `auth_failure` (with or without a message) and an `error` about the token are a refused
 * token; any other `error` is a server error. Everything else (call events…) is null.
 */
export function verdictOfEvent(name: string, payload: unknown): ServerVerdict {
  if (name === "auth_failure")
    return { kind: "refused", message: payload === undefined ? "auth_failure" : serverMessage(payload) };
  if (name !== "error") return null;
  const message = serverMessage(payload);
  return TOKEN_WORDS.test(message) ? { kind: "refused", message } : { kind: "error", message };
}

/** Reads a subscribe answer (an acknowledgement or a Kazoo reply): `status: "error"` is a failure, else accepted. */
export function verdictOfAnswer(answer: unknown): ServerVerdict {
  const record = typeof answer === "object" && answer !== null ? (answer as Record<string, unknown>) : {};
  const failed = record.status === "error" || record.error !== undefined || record.action === "auth_failure";
  if (!failed) return { kind: "accepted" };
  return verdictOfEvent(record.action === "auth_failure" ? "auth_failure" : "error", answer);
}
