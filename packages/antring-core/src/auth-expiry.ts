/**
 * When an auth token expires, from the `expire` field of AntRing's auth_token answer, whose format is
 * undocumented. Understood: ISO (or any Date.parse-able) time, epoch seconds, epoch milliseconds, and a
 * lifetime in seconds; numbers may come as digit strings. A number below 10^9 (2001-09-09 as epoch seconds)
 * cannot be a token's expiry date, so it is a lifetime; up to 10^11 it is epoch seconds (until year 5138);
 * above, epoch milliseconds.
 */
const LIFETIME_BELOW = 1e9;
const EPOCH_SECONDS_BELOW = 1e11;

export function parseAuthExpiry(raw: unknown, nowMs: number = Date.now()): Date | undefined {
  let value = raw;
  if (typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value)) value = Number(value);
  let ms: number;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value <= 0) return undefined;
    if (value < LIFETIME_BELOW) ms = nowMs + value * 1000;
    else if (value < EPOCH_SECONDS_BELOW) ms = value * 1000;
    else ms = value;
  } else if (typeof value === "string" && value.trim() !== "") {
    ms = Date.parse(value);
  } else {
    return undefined;
  }
  return Number.isFinite(ms) ? new Date(Math.round(ms)) : undefined;
}
