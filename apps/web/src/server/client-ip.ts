import { logEvent } from "./log";

const PRELOADED = Symbol.for("antdash.clientAddressPreload");
let warned = false;

/**
 * The caller's address for rate limits and the audit trail. `pnpm start` preloads scripts/client-address into the
 * server, which rewrites X-Forwarded-For to exactly one address before Next sees the request: the socket's peer, or
 * what a proxy listed in TRUSTED_PROXIES forwarded. Without that preload (`next dev`, a bare `next start`) the
 * header is whatever the client sent, and a warning says so once.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  if (!warned && !(globalThis as Record<symbol, unknown>)[PRELOADED]) {
    warned = true;
    logEvent("warn", "client_address.unverified", {
      message: "started without scripts/client-address/preload.cjs: X-Forwarded-For is trusted as sent",
    });
  }
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(",")[0]?.trim() || "unknown";
}
