import type { ServerTime } from "./base-url-check";
import { type CheckResult, fail, pass, skip } from "./doctor-check";

/** Beyond this the "data as of" times, the settle margin and signed recording URLs start to go wrong. */
const MAX_SKEW_MS = 30_000;

/** Does the local clock agree with the server's `Date` header (1 s resolution, so within a second is exact)? */
export function checkClock(time: ServerTime | undefined): CheckResult {
  if (time === undefined) return skip("clock", "the base URL sent no Date header to compare with");
  // The header is truncated to the second: the server's clock read anywhere in [serverMs, serverMs + 1000).
  const skewMs = time.localMs - (time.serverMs + 500);
  const margin = 500 + time.roundTripMs / 2;
  const offBy = Math.abs(skewMs);
  const relation =
    offBy <= margin ? "within a second of" : `${describe(offBy)} ${skewMs > 0 ? "ahead of" : "behind"}`;
  const detail = `the local clock is ${relation} the server's Date header`;
  if (offBy - margin > MAX_SKEW_MS) {
    return fail("clock", detail, "synchronise this machine's clock (NTP, e.g. `timedatectl set-ntp true`)");
  }
  return pass("clock", detail);
}

function describe(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}
