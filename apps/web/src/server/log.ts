/**
 * The server's log lines: one JSON object per event on one line (a stack trace is a field of it, its line breaks
 * escaped), so a log shipper never splits an event. Secrets never reach a line: fields named like a secret are
 * replaced, and token-shaped parts of text (bearer tokens, `tv=` and cookie values, JWTs) are masked.
 */
export type LogLevel = "info" | "warn" | "error";

const SECRET_KEY = /token|password|secret|cookie|authorization|credential/i;
const REDACTED = "[redacted]";
const SECRET_TEXT: [RegExp, string][] = [
  [/\b(Bearer\s+)\S+/gi, `$1${REDACTED}`],
  [/([?&](?:tv|token|callbackUrl|password)=)[^&\s"']+/gi, `$1${REDACTED}`],
  [/(session-token=)[^;\s"']+/gi, `$1${REDACTED}`],
  // JWTs and next-auth's JWE session tokens: every dot-separated part.
  [/\beyJ[\w-]{8,}(?:\.[\w-]*){1,4}/g, REDACTED],
  [/(\/tv\/)[\w-]{16,}/g, `$1${REDACTED}`],
];

export function scrubText(text: string): string {
  return SECRET_TEXT.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

function serializeError(error: Error): Record<string, unknown> {
  return {
    name: error.name,
    message: scrubText(error.message),
    ...(error.stack && { stack: scrubText(error.stack) }),
    ...(error.cause !== undefined && { cause: scrub(error.cause, 1) }),
  };
}

function scrub(value: unknown, depth: number): unknown {
  if (value instanceof Error) return serializeError(value);
  if (typeof value === "string") return scrubText(value);
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [
      key,
      SECRET_KEY.test(key) ? REDACTED : scrub(item, depth + 1),
    ]),
  );
}

/** The line logEvent writes (exported for tests). */
export function formatLogLine(level: LogLevel, event: string, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ at: new Date().toISOString(), level, event, ...(scrub(fields, 0) as object) });
}

export function logEvent(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
  const line = formatLogLine(level, event, fields);
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}
