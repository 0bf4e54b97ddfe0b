import {
  AntringError,
  AntringNetworkError,
  AntringProtocolError,
  AntringServerError,
  AntringTimeoutError,
  RateLimitedError,
} from "./errors";
import { errorFromResponse, isErrorBody } from "./response-errors";
import { parseRetryAfter, type RetryPolicy, retryDelayMs, sleep } from "./retry";
import type { Semaphore } from "./semaphore";

/** Reported before each retry wait. Holds only redacted, loggable data. */
export interface RetryEvent {
  /** 1-based number of the retry about to happen. */
  retry: number;
  /** Most retries the policy allows. */
  retries: number;
  delayMs: number;
  /** Redacted request description, e.g. `GET /oapi/v1/call/histories ... page=3`. */
  request: string;
  error: { name: string; code: string; status: number | undefined; message: string };
}

export interface TransportConfig {
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  semaphore: Semaphore;
  onRetry?: (event: RetryEvent) => void;
}

/**
 * Which failures may be retried: `transient` for requests that are safe to repeat
 * (5xx, 503, network, timeout); `rate-limit` for ones that must not run twice
 * (click-to-call: only a 503 says the call was not placed).
 */
export type RetryMode = "transient" | "rate-limit";

export interface ApiRequest {
  method: "GET" | "POST";
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  json?: unknown;
  /** Redacted description used in errors and retry events; never the URL itself (it holds the hash). */
  description: string;
  retryMode: RetryMode;
  /**
   * How a 2xx body is read: `json` (default) must be JSON and not an error envelope; `json-or-text` also accepts
   * plain text (returned as a string); `ignored` treats any 2xx as success whatever its body (returns undefined).
   */
  answer?: "json" | "json-or-text" | "ignored";
  /** When set, a 4xx keeps the server's free-text message with these values cut out (see errorFromResponse). */
  detailRedactions?: readonly string[];
}

function isRetryable(error: AntringError, mode: RetryMode): boolean {
  if (error instanceof RateLimitedError) return true;
  if (mode === "rate-limit") return false;
  return (
    error instanceof AntringServerError ||
    error instanceof AntringNetworkError ||
    error instanceof AntringTimeoutError
  );
}

/** Sends one API request with the client's concurrency cap, timeout, retries and error mapping; returns the JSON body. */
export async function sendRequest(
  config: TransportConfig,
  request: ApiRequest,
  signal?: AbortSignal,
): Promise<unknown> {
  for (let retry = 0; ; retry++) {
    signal?.throwIfAborted();
    let error: AntringError;
    try {
      return await attempt(config, request, signal);
    } catch (caught) {
      if (signal?.aborted) throw signal.reason;
      if (!(caught instanceof AntringError)) throw caught;
      error = caught;
    }
    if (retry >= config.retry.retries || !isRetryable(error, request.retryMode)) throw error;
    const retryAfterMs = "retryAfterMs" in error ? (error.retryAfterMs as number | undefined) : undefined;
    const delayMs = retryDelayMs(retry + 1, config.retry, retryAfterMs);
    config.onRetry?.({
      retry: retry + 1,
      retries: config.retry.retries,
      delayMs,
      request: request.description,
      error: { name: error.name, code: error.code, status: error.status, message: error.message },
    });
    await sleep(delayMs, signal);
  }
}

function buildUrl(baseUrl: string, request: ApiRequest): string {
  const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : "";
  return `${baseUrl}${request.path}${query}`;
}

/** Keeps only a code-like reason (e.g. ECONNREFUSED): fetch implementations may put the URL in their messages. */
function networkReason(caught: unknown): string | undefined {
  const cause = (caught as { cause?: { code?: unknown } } | undefined)?.cause;
  const code = cause?.code;
  return typeof code === "string" && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : undefined;
}

async function attempt(config: TransportConfig, request: ApiRequest, signal?: AbortSignal): Promise<unknown> {
  const release = await config.semaphore.acquire(signal);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, config.timeoutMs);
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", forwardAbort, { once: true });
  const ctx = { request: request.description };

  // One classification for failures while connecting and while reading the body.
  const failure = (caught: unknown): unknown => {
    if (signal?.aborted) return signal.reason;
    if (timedOut) return new AntringTimeoutError({ ...ctx, timeoutMs: config.timeoutMs });
    return new AntringNetworkError({ ...ctx, reason: networkReason(caught) });
  };

  try {
    let response: Response;
    let text: string;
    try {
      response = await config.fetch(buildUrl(config.baseUrl, request), {
        method: request.method,
        headers: {
          accept: "application/json",
          ...(request.json === undefined ? {} : { "content-type": "application/json" }),
          ...request.headers,
        },
        body: request.json === undefined ? undefined : JSON.stringify(request.json),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (caught) {
      throw failure(caught);
    }
    const body = parseJson(text);
    if (!response.ok) {
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
      const { detailRedactions } = request;
      throw errorFromResponse({ status: response.status, body, retryAfterMs, detailRedactions, ...ctx });
    }
    if (request.answer === "ignored") return undefined;
    if (body === NOT_JSON) {
      if (request.answer === "json-or-text") return text;
      throw new AntringProtocolError(`HTTP ${response.status} body is not JSON`, ctx);
    }
    if (isErrorBody(body)) throw errorFromResponse({ status: response.status, body, ...ctx });
    return body;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", forwardAbort);
    release();
  }
}

const NOT_JSON = Symbol("not JSON");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}
