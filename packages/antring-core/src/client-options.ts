import { InvalidArgumentError } from "./errors";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry";
import type { RetryEvent } from "./transport";

/** AntRing's open API: where a client goes unless ANTRING_BASE_URL names another (a simulator, a proxy). */
export const DEFAULT_BASE_URL = "https://openapi.antbuddy.com";

export interface AntringClientOptions {
  /** DEFAULT_BASE_URL, or a simulator's URL. */
  baseUrl: string;
  appId: string;
  appSecret: string;
  /** Per attempt, from sending to the end of the body. Default 15000. */
  timeoutMs?: number;
  /** Defaults: 5 retries, 250 ms base, 8000 ms cap. */
  retry?: Partial<RetryPolicy>;
  /** Most requests in flight at once across this client. Default 4. */
  concurrency?: number;
  /** History page size, 1..100. Default 100 (AntRing's maximum). */
  pageSize?: number;
  /** A fetch implementation; default the global one. */
  fetch?: typeof fetch;
  /** Told before each retry wait; the event holds nothing secret. */
  onRetry?: (event: RetryEvent) => void;
}

export interface ResolvedOptions {
  baseUrl: string;
  appId: string;
  appSecret: string;
  timeoutMs: number;
  retry: RetryPolicy;
  concurrency: number;
  pageSize: number;
  fetch: typeof fetch;
  onRetry: ((event: RetryEvent) => void) | undefined;
}

export const MAX_PAGE_SIZE = 100;

function check(ok: boolean, what: string): void {
  if (!ok) throw new InvalidArgumentError(what);
}

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

/** Fills defaults and refuses settings that could only fail later. Messages never echo the secret. */
export function resolveOptions(options: AntringClientOptions): ResolvedOptions {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  check(/^https?:\/\/[^/]/.test(baseUrl), "baseUrl must be an http(s) URL");
  check(options.appId.length > 0, "appId is empty");
  check(options.appSecret.length > 0, "appSecret is empty");
  const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  check(isCount(retry.retries), "retry.retries must be a whole number >= 0");
  check(retry.baseDelayMs >= 0 && retry.maxDelayMs >= 0, "retry delays must be >= 0");
  const timeoutMs = options.timeoutMs ?? 15_000;
  check(timeoutMs > 0, "timeoutMs must be > 0");
  const concurrency = options.concurrency ?? 4;
  check(Number.isInteger(concurrency) && concurrency >= 1, "concurrency must be a whole number >= 1");
  const pageSize = options.pageSize ?? MAX_PAGE_SIZE;
  check(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= MAX_PAGE_SIZE, "pageSize must be 1..100");
  const impl = options.fetch ?? globalThis.fetch;
  return {
    baseUrl,
    appId: options.appId,
    appSecret: options.appSecret,
    timeoutMs,
    retry,
    concurrency,
    pageSize,
    // Called unbound: browsers refuse a fetch invoked with another `this`.
    fetch: (input, init) => impl(input, init),
    onRetry: options.onRetry,
  };
}
