const MAX_REASON_LENGTH = 200;

/**
 * Text from a server or a socket library made safe for a status line: the auth token and anything that
 * looks like a credential (a long hex or base64 run) are masked, and the length is capped.
 */
export function redactReason(text: string, secrets: readonly string[]): string {
  let safe = text;
  for (const secret of secrets) if (secret.length > 0) safe = safe.split(secret).join("[token]");
  safe = safe.replace(/[A-Za-z0-9+/=_-]{32,}/g, "[redacted]");
  return safe.length > MAX_REASON_LENGTH ? `${safe.slice(0, MAX_REASON_LENGTH)}…` : safe;
}

/** A thrown value as "Name: message", redacted. */
export function describeFailure(error: unknown, secrets: readonly string[]): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return redactReason(text, secrets);
}

/** The message of an `error` event sent by the server: `{message}`, `{data:{message}}` or text. */
export function serverMessage(payload: unknown): string {
  if (typeof payload === "string") return payload;
  if (typeof payload === "object" && payload !== null) {
    const record = payload as Record<string, unknown>;
    if (typeof record.message === "string") return record.message;
    if (typeof record.data === "object" && record.data !== null) return serverMessage(record.data);
    if (typeof record.error === "string") return record.error;
  }
  return "unspecified error";
}
