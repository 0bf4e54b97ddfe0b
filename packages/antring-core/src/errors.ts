/**
 * Every failure the client reports is one of these classes, so callers branch on
 * `instanceof` (or `code`) instead of comparing message strings.
 *
 * Messages are built only from safe parts (method, path, non-secret parameters,
 * status, the API's error code): never the app secret, a hash, a signed URL or a
 * SIP password.
 */
export interface AntringErrorDetails {
  code: string;
  status?: number;
  /** Redacted description of the request, e.g. `GET /oapi/v1/call/histories page=2`. */
  request?: string;
}

export class AntringError extends Error {
  readonly code: string;
  readonly status: number | undefined;
  readonly request: string | undefined;

  constructor(message: string, details: AntringErrorDetails) {
    super(details.request ? `${details.request}: ${message}` : message);
    this.name = new.target.name;
    this.code = details.code;
    this.status = details.status;
    this.request = details.request;
  }

  /** Plain data for structured logs; holds nothing secret. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      status: this.status,
      request: this.request,
      message: this.message,
    };
  }
}

type Context = Omit<AntringErrorDetails, "code">;

/**
 * The base of an error for one of AntRing's documented error codes: its message explains the code and names it.
 * Each code gets a named subclass below, so callers can branch on `instanceof`.
 */
function documentedCodeError(code: string, explanation: string) {
  return class extends AntringError {
    constructor(ctx: Context = {}) {
      super(`${explanation} (${code})`, { ...ctx, code });
    }
  };
}

/** `APPID_NOT_FOUND`: AntRing does not know this appId. */
export class AppIdNotFoundError extends documentedCodeError(
  "APPID_NOT_FOUND",
  "AntRing does not know this appId",
) {}

/** `APPID_MISSING`: the request carried no appId. */
export class AppIdMissingError extends documentedCodeError("APPID_MISSING", "the request carried no appId") {}

/** `HASH_NOT_MATCH`: the signature did not verify, usually a wrong app secret. */
export class HashMismatchError extends documentedCodeError(
  "HASH_NOT_MATCH",
  "signature rejected, check the app secret",
) {}

/** `METHOD_NOT_SUPPORT`: unknown route or wrong HTTP method. */
export class MethodNotSupportedError extends documentedCodeError(
  "METHOD_NOT_SUPPORT",
  "route or method not supported",
) {}

/** AntRing's documented error codes, each with the class it is reported as. */
export const DOCUMENTED_CODE_ERRORS: ReadonlyMap<string, new (ctx?: Context) => AntringError> = new Map([
  ["APPID_NOT_FOUND", AppIdNotFoundError],
  ["APPID_MISSING", AppIdMissingError],
  ["HASH_NOT_MATCH", HashMismatchError],
  ["METHOD_NOT_SUPPORT", MethodNotSupportedError],
]);

/** Click-to-call answered 400: the SIP device is offline or not registered. */
export class DeviceOfflineError extends AntringError {
  constructor(ctx: Context & { code?: string } = {}) {
    super("the SIP device is offline or not registered", { ...ctx, code: ctx.code ?? "DEVICE_OFFLINE" });
  }
}

/** HTTP 503: AntRing's request limit was exceeded (retried with backoff before this is thrown). */
export class RateLimitedError extends AntringError {
  /** Server's Retry-After, in ms, when it sent one. */
  readonly retryAfterMs: number | undefined;
  constructor(ctx: Context & { code?: string; retryAfterMs?: number } = {}) {
    super(`request limit exceeded (HTTP 503)`, {
      ...ctx,
      status: ctx.status ?? 503,
      code: ctx.code ?? "REQUEST_LIMIT_EXCEEDED",
    });
    this.retryAfterMs = ctx.retryAfterMs;
  }
}

/** HTTP 5xx other than 503 (retried with backoff before this is thrown). */
export class AntringServerError extends AntringError {
  /** Server's Retry-After, in ms, when it sent one. */
  readonly retryAfterMs: number | undefined;
  constructor(ctx: Context & { code?: string; status: number; retryAfterMs?: number }) {
    super(`AntRing server error (HTTP ${ctx.status})`, { ...ctx, code: ctx.code ?? "SERVER_ERROR" });
    this.retryAfterMs = ctx.retryAfterMs;
  }
}

/** Any other non-success HTTP answer (e.g. 400 INVALID_PARAMETER, MEDIA_NOT_FOUND). Never retried. */
export class AntringHttpError extends AntringError {
  /** The server's own explanation, redacted (no URLs, no long hex); undefined when it sent none. */
  readonly detail: string | undefined;
  constructor(ctx: Context & { code?: string; status: number; detail?: string }) {
    const code = ctx.code ?? `HTTP_${ctx.status}`;
    const { detail, ...rest } = ctx;
    super(`AntRing answered HTTP ${ctx.status} (${code})${detail ? `: ${detail}` : ""}`, { ...rest, code });
    this.detail = detail;
  }
}

/** The request never got an HTTP answer (connection refused, reset, DNS...). */
export class AntringNetworkError extends AntringError {
  constructor(ctx: Context & { reason?: string } = {}) {
    super(`network failure${ctx.reason ? ` (${ctx.reason})` : ""}`, { ...ctx, code: "NETWORK" });
  }
}

/** No complete answer within the client's per-request timeout. */
export class AntringTimeoutError extends AntringError {
  readonly timeoutMs: number | undefined;
  constructor(ctx: Context & { timeoutMs?: number } = {}) {
    super(`no answer within ${ctx.timeoutMs ?? "?"} ms`, { ...ctx, code: "TIMEOUT" });
    this.timeoutMs = ctx.timeoutMs;
  }
}

/** AntRing answered 200 with something this client cannot understand. */
export class AntringProtocolError extends AntringError {
  constructor(what: string, ctx: Context = {}) {
    super(`unexpected response: ${what}`, { ...ctx, code: "PROTOCOL" });
  }
}

/** A history window longer than AntRing's 31-day limit; refused before any request. */
export class RangeTooLongError extends AntringError {
  constructor(fromIso: string, toIso: string, maxDays: number) {
    super(`history window ${fromIso} .. ${toIso} is longer than ${maxDays} days`, { code: "RANGE_TOO_LONG" });
  }
}

/** A range whose end lies before its start, or whose bounds are not valid dates. */
export class InvalidRangeError extends AntringError {
  constructor(what: string) {
    super(`invalid range: ${what}`, { code: "INVALID_RANGE" });
  }
}

/** A caller-supplied argument the API would refuse (limit out of 1..100, empty media name, bad date text...). */
export class InvalidArgumentError extends AntringError {
  constructor(what: string) {
    super(`invalid argument: ${what}`, { code: "INVALID_ARGUMENT" });
  }
}
