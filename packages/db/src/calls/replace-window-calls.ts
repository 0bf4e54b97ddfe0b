import type { Database } from "../database/open-database";
import type { CallRow } from "./call-row";
import { markDirtyNumbersCte, refreshCallbackCases } from "../callbacks/refresh-cases";
import { insertCalls } from "./insert-calls";
import { emptyRollupCleanupSql, rollupUpsertCtes } from "./rollups";

/** What a complete read of a window changed in the cache. */
export interface WindowCorrections {
  /** Cached calls replaced by a changed listing of the same call. */
  corrected: number;
  /** Cached calls the read no longer lists at all. */
  removed: number;
  /** How many corrected calls changed each field (AntRing's field names: recording, did_number, ...). */
  fields: Record<string, number>;
}

interface StaleRow {
  id: string;
  unix_timestamp: number;
  caller_number: string;
  caller_type: string;
  caller_username: string | null;
  callee_number: string;
  callee_type: string;
  callee_username: string | null;
  direction: string;
  class: string;
  did_number: string | null;
  status_detail: string;
  duration_seconds: number;
  billing_seconds: number;
  recording: string | null;
}

// Deletes, in one statement (so one transaction), every cached call of the span that the read did not list with
// the same key and the same contents, and takes those rows out of every rollup.
const DELETE_STALE_SQL = `
  WITH listed AS (
    SELECT * FROM unnest($3::text[], $4::text[]) AS l(id, fingerprint)
  ),
  stale AS (
    DELETE FROM calls c
    WHERE c.started_at >= $1::timestamptz AND c.started_at <= $2::timestamptz
      AND NOT EXISTS (SELECT 1 FROM listed l WHERE l.id = c.id AND l.fingerprint = c.fingerprint)
    RETURNING c.*
  ),
  ${rollupUpsertCtes("stale", -1)},
  -- A removed or changed call can change its customer's call-back cases (a missed call that AntRing now lists as
  -- answered): the numbers are marked for the rebuild, as insertCalls marks them.
  ${markDirtyNumbersCte("stale")}
  SELECT id, unix_timestamp, caller_number, caller_type, caller_username, callee_number, callee_type,
         callee_username, direction, class, did_number, status_detail, duration_seconds, billing_seconds, recording
  FROM stale`;

/** The fields a correction is reported by, with how to read each from a stale row and from a listed row. */
const COMPARED: readonly (readonly [
  field: string,
  stale: (r: StaleRow) => unknown,
  listed: (r: CallRow) => unknown,
])[] = [
  ["recording", (r) => r.recording, (r) => r.recording],
  ["did_number", (r) => r.did_number, (r) => r.didNumber],
  ["duration_seconds", (r) => r.duration_seconds, (r) => r.durationSeconds],
  ["billing_seconds", (r) => r.billing_seconds, (r) => r.billingSeconds],
  ["status_detail", (r) => r.status_detail, (r) => r.statusDetail],
  ["class", (r) => r.class, (r) => r.class],
  ["caller", (r) => `${r.caller_type}|${r.caller_username}`, (r) => `${r.callerType}|${r.callerUsername}`],
  ["callee", (r) => `${r.callee_type}|${r.callee_username}`, (r) => `${r.calleeType}|${r.calleeUsername}`],
];

/** One call's identity across corrections: when it started, between whom, which way. */
const identity = (startSecond: number, caller: string, callee: string, direction: string) =>
  `${startSecond}|${caller}|${callee}|${direction}`;

/**
 * Makes a complete read of one window authoritative for its span [from, to] (both inclusive, as AntRing reads
 * it): AntRing can list a call again later with a field filled in or corrected (a recording, a DID, the
 * durations), which gives it a new key or new contents. Cached calls of the span that `listed` (every call of the
 * read, already written with insertCalls) does not hold with the same key and contents are deleted and taken out
 * of the rollups in one statement; listed calls whose key was among them are then written again.
 *
 * Crash safety: each step is one statement. A crash between the two leaves a listed call missing for a moment, never
 * doubled; the window is not marked done, so the next pass reads it again and writes it back.
 * Byte-identical calls of the same second keep their own keys (ordinals), so both stay.
 */
export async function replaceWindowCalls(
  db: Database,
  span: { from: Date; to: Date },
  listed: readonly CallRow[],
): Promise<WindowCorrections> {
  const bounds = [span.from.toISOString(), span.to.toISOString()];
  const { rows: stale } = await db.pool.query<StaleRow>(DELETE_STALE_SQL, [
    ...bounds,
    listed.map((r) => r.id),
    listed.map((r) => r.fingerprint),
  ]);
  if (stale.length === 0) return { corrected: 0, removed: 0, fields: {} };

  const staleIds = new Set(stale.map((r) => r.id));
  const rewrites = listed.filter((r) => staleIds.has(r.id));
  if (rewrites.length > 0) await insertCalls(db, rewrites);
  for (const sql of emptyRollupCleanupSql()) await db.pool.query(sql, bounds);
  await refreshCallbackCases(db);
  return describeCorrections(stale, listed);
}

/** Pairs each stale row with a listed version of the same call (if any) and counts the fields that changed. */
function describeCorrections(stale: readonly StaleRow[], listed: readonly CallRow[]): WindowCorrections {
  const candidates = new Map<string, CallRow[]>();
  for (const row of listed) {
    const key = identity(row.unixTimestamp, row.callerNumber, row.calleeNumber, row.direction);
    const list = candidates.get(key);
    if (list) list.push(row);
    else candidates.set(key, [row]);
  }
  const result: WindowCorrections = { corrected: 0, removed: 0, fields: {} };
  for (const old of stale) {
    const key = identity(Number(old.unix_timestamp), old.caller_number, old.callee_number, old.direction);
    const list = candidates.get(key) ?? [];
    // An identical listed call is not this call's new version: one of a genuine pair is simply gone.
    const index = list.findIndex((row) => changedFields(old, row).length > 0);
    if (index < 0) {
      result.removed++;
      continue;
    }
    const [match] = list.splice(index, 1);
    result.corrected++;
    for (const field of changedFields(old, match!)) result.fields[field] = (result.fields[field] ?? 0) + 1;
  }
  return result;
}

function changedFields(old: StaleRow, row: CallRow): string[] {
  return COMPARED.filter(([, before, after]) => before(old) !== after(row)).map(([field]) => field);
}

/** True when the cache already holds a call in [from, to]: only then can a read of the span correct anything. */
export async function hasCallsBetween(db: Database, from: Date, to: Date): Promise<boolean> {
  const { rows } = await db.pool.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM calls WHERE started_at >= $1::timestamptz AND started_at <= $2::timestamptz) AS found`,
    [from.toISOString(), to.toISOString()],
  );
  return rows[0]?.found === true;
}
