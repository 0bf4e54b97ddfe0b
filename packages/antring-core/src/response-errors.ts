import {
  type AntringError,
  AntringHttpError,
  AntringServerError,
  AppIdMissingError,
  AppIdNotFoundError,
  HashMismatchError,
  MethodNotSupportedError,
  RateLimitedError,
} from "./errors";

export interface ErrorResponse {
  status: number;
  /** Parsed JSON body, or anything else when the body was not JSON. */
  body: unknown;
  retryAfterMs?: number;
  /** Redacted request description for the message. */
  request?: string;
}

/** Only code-shaped text from the body is kept: a free-form message could echo request data. */
function apiCode(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const message = (body as { message?: unknown }).message;
  return typeof message === "string" && /^[A-Z][A-Z0-9_]{0,63}$/.test(message) ? message : undefined;
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
  switch (code) {
    case "APPID_NOT_FOUND":
      return new AppIdNotFoundError(ctx);
    case "APPID_MISSING":
      return new AppIdMissingError(ctx);
    case "HASH_NOT_MATCH":
      return new HashMismatchError(ctx);
    case "METHOD_NOT_SUPPORT":
      return new MethodNotSupportedError(ctx);
  }
  if (status === 503) return new RateLimitedError({ ...ctx, code, retryAfterMs });
  if (status >= 500) return new AntringServerError({ ...ctx, code, retryAfterMs });
  return new AntringHttpError({ ...ctx, code });
}
