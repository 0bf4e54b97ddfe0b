import {
  type AntringError,
  AntringHttpError,
  AntringServerError,
  DOCUMENTED_CODE_ERRORS,
  RateLimitedError,
} from "./errors";

export interface ErrorResponse {
  status: number;
  /** Parsed JSON body, or anything else when the body was not JSON. */
  body: unknown;
  retryAfterMs?: number;
  /** Redacted request description for the message. */
  request?: string;
  /**
   * Keep the server's free-text explanation (AntringHttpError.detail), with these known secrets cut out. Without
   * it free text is dropped: it could echo request data.
   */
  detailRedactions?: readonly string[];
}

const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

function bodyField(body: unknown, name: string): unknown {
  return typeof body === "object" && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

/** The error code: a code-shaped `message` (AntRing's documented form), else a code-shaped `code` or `error`. */
function apiCode(body: unknown): string | undefined {
  for (const name of ["message", "code", "error"]) {
    const value = bodyField(body, name);
    if (typeof value === "string" && CODE.test(value)) return value;
  }
  return undefined;
}

/**
 * A free-text explanation from the body (`message`, `detail`, `error`), made safe to show and log: URLs (they can
 * be signed) and long hex runs (hashes, tokens) are cut out, and it is kept short.
 */
function apiDetail(body: unknown, redactions: readonly string[]): string | undefined {
  for (const name of ["message", "detail", "error", "description"]) {
    const value = bodyField(body, name);
    if (typeof value !== "string" || CODE.test(value)) continue;
    const safe = redactions
      .filter((secret) => secret.length > 0)
      .reduce((text, secret) => text.split(secret).join("<redacted>"), value)
      .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, "<url>")
      .replace(/[0-9a-f]{24,}/gi, "<hex>")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 160);
    if (safe.length > 0) return safe;
  }
  return undefined;
}

/** True for AntRing's error envelope `{success:false, ...}`, which can arrive even with HTTP 200. */
export function isErrorBody(body: unknown): boolean {
  return typeof body === "object" && body !== null && (body as { success?: unknown }).success === false;
}

/** Maps an AntRing error answer to its error class: the documented codes first, then the HTTP status. */
export function errorFromResponse(response: ErrorResponse): AntringError {
  const { status, retryAfterMs, request } = response;
  const code = apiCode(response.body);
  const ctx = { status, request };
  const DocumentedError = code === undefined ? undefined : DOCUMENTED_CODE_ERRORS.get(code);
  if (DocumentedError !== undefined) return new DocumentedError(ctx);
  if (status === 503) return new RateLimitedError({ ...ctx, code, retryAfterMs });
  if (status >= 500) return new AntringServerError({ ...ctx, code, retryAfterMs });
  const detail = response.detailRedactions ? apiDetail(response.body, response.detailRedactions) : undefined;
  return new AntringHttpError({ ...ctx, code, detail });
}
