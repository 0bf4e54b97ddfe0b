import { CALL_CLASSES, type CallRecord, DIRECTIONS, type Party, STATUS_DETAILS } from "./records";

/*
 * The hot path of a sync: nearly every history item is valid, and building it with plain checks costs a fraction of
 * the general normalize-then-zod path (which allocates a normalized copy and walks the schema). This accepts only
 * what callRecordSchema would accept after normalize-record's normalization, and builds the same record; anything
 * else returns null and takes the general path, which also words the rejection.
 */

const CLASSES: ReadonlySet<unknown> = new Set(CALL_CLASSES);
const DIRECTION_SET: ReadonlySet<unknown> = new Set(DIRECTIONS);
const STATUSES: ReadonlySet<unknown> = new Set(STATUS_DETAILS);
const WEEK_SECONDS = 7 * 86_400;
const YEAR_2000 = 946_684_800;
const YEAR_2100 = 4_102_444_800;

function party(value: unknown): Party | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const { number, type, username } = value as Record<string, unknown>;
  if (typeof number !== "string" || typeof type !== "string") return null;
  if (username === undefined || username === null) return { number, type };
  return typeof username === "string" ? { number, type, username } : null;
}

/** A whole number of seconds (digit strings read as numbers, as normalize does), else NaN. */
function wholeNumber(value: unknown): number {
  if (typeof value === "number") return Number.isInteger(value) ? value : Number.NaN;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  return Number.NaN;
}

/** The record when `raw` is plainly valid; null when the general path must judge it. */
export function plainlyValidRecord(raw: Record<string, unknown>): CallRecord | null {
  const caller = party(raw.caller);
  const callee = party(raw.callee);
  if (caller === null || callee === null) return null;
  const cls = raw.class;
  const direction = raw.direction;
  const status = raw.status_detail;
  if (!CLASSES.has(cls) || !DIRECTION_SET.has(direction) || !STATUSES.has(status)) return null;
  const did = raw.did_number;
  if (did !== undefined && did !== null && typeof did !== "string") return null;
  const recording = raw.recording;
  if (recording !== undefined && recording !== null && typeof recording !== "string") return null;
  const duration = wholeNumber(raw.duration_seconds);
  const billing = wholeNumber(raw.billing_seconds);
  const timestamp = wholeNumber(raw.unix_timestamp);
  // NaN fails every comparison below.
  if (!(duration >= 0 && duration <= WEEK_SECONDS && billing >= 0 && billing <= duration)) return null;
  if (!(timestamp >= YEAR_2000 && timestamp <= YEAR_2100)) return null;
  return {
    caller,
    callee,
    class: cls as CallRecord["class"],
    did_number: did === undefined || did === "" ? null : did,
    direction: direction as CallRecord["direction"],
    status_detail: status as CallRecord["status_detail"],
    duration_seconds: duration,
    unix_timestamp: timestamp,
    billing_seconds: billing,
    recording: typeof recording === "string" ? recording : "",
  };
}
