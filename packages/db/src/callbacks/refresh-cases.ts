import type { Database } from "../database/open-database";
import { rollupTimeZone } from "../calls/rollups";
import { type CaseCall, deriveCases, type DerivedCase } from "./derive-cases";
import { readShortAbandonSeconds } from "./short-abandon";
import { retryOnDeadlock } from "../util/retry-on-deadlock";

/** Numbers rebuilt per statement round: their calls are a few index ranges each. */
const NUMBERS_PER_ROUND = 1_000;

/** The customer's side of a trunking call: the caller of an inbound call, the callee of an outbound one. */
const CUSTOMER_NUMBER_SQL = `CASE WHEN direction = 'to_ab' THEN caller_normalized ELSE callee_normalized END`;

/**
 * The CTE `dirty_numbers`: marks the customers' numbers of the trunking calls in the CTE `source` for the case
 * rebuild. Numbers are marked in order, as the rollups are, so concurrent writers and the case rebuild lock them in
 * the same order (no deadlock).
 */
export function markDirtyNumbersCte(source: string): string {
  return `dirty_numbers AS (
    INSERT INTO callback_dirty_numbers (number)
    SELECT number FROM (
      SELECT DISTINCT ${CUSTOMER_NUMBER_SQL} AS number FROM ${source}
       WHERE class = 'trunking' AND ${CUSTOMER_NUMBER_SQL} <> ''
    ) AS customers ORDER BY number
    ON CONFLICT (number) DO UPDATE SET mark = EXCLUDED.mark
  )`;
}

// Every trunking call of the given numbers, each side through its own index.
const CALLS_SQL = `
  SELECT id, started_at, direction, status_detail, duration_seconds, did_number, agents[1] AS agent,
         caller_normalized AS number
    FROM calls WHERE caller_normalized = ANY($1::text[]) AND direction = 'to_ab' AND class = 'trunking'
  UNION ALL
  SELECT id, started_at, direction, status_detail, duration_seconds, did_number, agents[1] AS agent,
         callee_normalized AS number
    FROM calls WHERE callee_normalized = ANY($1::text[]) AND direction = 'from_ab' AND class = 'trunking'`;

// Rewrites the numbers' cases in one statement (one transaction): cases that no longer exist go, the others are
// upserted, and each number's dirty mark is cleared only if nobody marked it again since it was read. Cases and
// marks are locked in key order, as insertCalls marks numbers, so a rebuild and a concurrent sync batch (or the
// rebuild of another process) cannot wait on each other in a cycle.
const WRITE_SQL = `
  WITH derived AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS d(
      id text, number text, first_missed_call_id text, first_missed_at timestamptz, last_missed_at timestamptz,
      missed_count int, dids text[], first_did text, attempts int, first_attempt_at timestamptz,
      last_attempt_at timestamptz, first_attempt_agent text, reached_at timestamptz, reached_by text,
      reached_agent text, closed_at timestamptz, status text, contact_hours int[])
  ),
  gone AS (
    DELETE FROM callback_cases c WHERE c.number = ANY($2::text[]) AND NOT EXISTS (SELECT 1 FROM derived d WHERE d.id = c.id)
  ),
  written AS (
    INSERT INTO callback_cases (id, number, first_missed_call_id, first_missed_at, last_missed_at, missed_count, dids,
      first_did, attempts, first_attempt_at, last_attempt_at, first_attempt_agent, reached_at, reached_by,
      reached_agent, closed_at, status, contact_hours, derived_at)
    SELECT id, number, first_missed_call_id, first_missed_at, last_missed_at, missed_count, dids, first_did, attempts,
      first_attempt_at, last_attempt_at, first_attempt_agent, reached_at, reached_by, reached_agent, closed_at, status,
      contact_hours, now()
    FROM derived ORDER BY id
    ON CONFLICT (id) DO UPDATE SET
      first_missed_at = EXCLUDED.first_missed_at, last_missed_at = EXCLUDED.last_missed_at,
      missed_count = EXCLUDED.missed_count, dids = EXCLUDED.dids, first_did = EXCLUDED.first_did,
      attempts = EXCLUDED.attempts, first_attempt_at = EXCLUDED.first_attempt_at,
      last_attempt_at = EXCLUDED.last_attempt_at, first_attempt_agent = EXCLUDED.first_attempt_agent,
      reached_at = EXCLUDED.reached_at, reached_by = EXCLUDED.reached_by, reached_agent = EXCLUDED.reached_agent,
      closed_at = EXCLUDED.closed_at, status = EXCLUDED.status, contact_hours = EXCLUDED.contact_hours,
      derived_at = now()
  ),
  still_dirty AS (
    SELECT d.number FROM callback_dirty_numbers d JOIN unnest($2::text[], $3::bigint[]) AS m(number, mark)
      ON d.number = m.number AND d.mark = m.mark
    ORDER BY d.number FOR UPDATE OF d
  )
  DELETE FROM callback_dirty_numbers d USING still_dirty WHERE d.number = still_dirty.number`;

/** One rebuild at a time per database handle: two overlapping rebuilds of a number could write a stale result. */
const running = new WeakMap<Database, Promise<number>>();

/**
 * Rebuilds the cases of every number marked dirty (by insertCalls, a manual close, a settings change) from all of
 * that number's calls. Returns how many numbers were rebuilt. Calls made while one runs queue behind it.
 */
export function refreshCallbackCases(db: Database): Promise<number> {
  const previous = running.get(db) ?? Promise.resolve(0);
  const next = previous.catch(() => 0).then(() => drainDirtyNumbers(db));
  running.set(db, next);
  return next;
}

/** Marks every customer number dirty and rebuilds all cases: after a bulk copy or a change of the rules' threshold. */
export async function rebuildCallbackCases(db: Database): Promise<number> {
  await markAllCallbackNumbersDirty(db);
  return refreshCallbackCases(db);
}

export async function markAllCallbackNumbersDirty(db: Database): Promise<void> {
  await db.pool.query(
    `INSERT INTO callback_dirty_numbers (number)
       SELECT DISTINCT ${CUSTOMER_NUMBER_SQL} FROM calls
       WHERE class = 'trunking' AND ${CUSTOMER_NUMBER_SQL} IS NOT NULL AND ${CUSTOMER_NUMBER_SQL} <> ''
     ON CONFLICT (number) DO UPDATE SET mark = EXCLUDED.mark`,
  );
}

/** Marks the given numbers dirty (e.g. after a manual close or reopen) without rebuilding them yet. */
export async function markCallbackNumbersDirty(db: Database, numbers: readonly string[]): Promise<void> {
  await db.pool.query(
    `INSERT INTO callback_dirty_numbers (number) SELECT DISTINCT unnest($1::text[])
     ON CONFLICT (number) DO UPDATE SET mark = EXCLUDED.mark`,
    [numbers],
  );
}

async function drainDirtyNumbers(db: Database): Promise<number> {
  const shortAbandonSeconds = await readShortAbandonSeconds(db);
  const hourOf = localHourReader(await rollupTimeZone(db));
  let rebuilt = 0;
  for (;;) {
    const dirty = await db.pool.query<{ number: string; mark: string }>(
      `SELECT number, mark FROM callback_dirty_numbers ORDER BY mark LIMIT ${NUMBERS_PER_ROUND}`,
    );
    if (dirty.rows.length === 0) return rebuilt;
    const numbers = dirty.rows.map((row) => row.number);
    const [calls, closes] = await Promise.all([
      db.pool.query<CallSqlRow>(CALLS_SQL, [numbers]),
      db.pool.query<{ case_id: string; closed_at: Date | null }>(
        `SELECT case_id, closed_at FROM callback_case_states WHERE number = ANY($1::text[])`,
        [numbers],
      ),
    ]);
    const closedAt = new Map(closes.rows.map((row) => [row.case_id, row.closed_at]));
    const byNumber = new Map<string, CaseCall[]>();
    for (const row of calls.rows) {
      const list = byNumber.get(row.number) ?? [];
      list.push({
        id: row.id,
        startedAt: row.started_at,
        direction: row.direction,
        statusDetail: row.status_detail,
        durationSeconds: row.duration_seconds,
        didNumber: row.did_number,
        agent: row.agent,
      });
      byNumber.set(row.number, list);
    }
    const derived: Array<DerivedCase & { contactHours: number[] }> = [];
    for (const [number, list] of byNumber) {
      const hours = contactHours(list, hourOf);
      for (const found of deriveCases(number, list, closedAt, shortAbandonSeconds))
        derived.push({ ...found, contactHours: hours });
    }
    const written = [JSON.stringify(derived.map(toJsonRow)), numbers, dirty.rows.map((row) => row.mark)];
    await retryOnDeadlock(() => db.pool.query(WRITE_SQL, written));
    rebuilt += numbers.length;
  }
}

interface CallSqlRow {
  id: string;
  started_at: Date;
  direction: "to_ab" | "from_ab";
  status_detail: string;
  duration_seconds: number;
  did_number: string | null;
  agent: string | null;
  number: string;
}

/** Per local hour, how often the number called us or answered our call: when it is likely to pick up. */
function contactHours(calls: readonly CaseCall[], hourOf: (at: Date) => number): number[] {
  const hours = new Array<number>(24).fill(0);
  for (const call of calls) {
    if (call.direction === "to_ab" || call.statusDetail === "SUCCESS") hours[hourOf(call.startedAt)]! += 1;
  }
  return hours;
}

function localHourReader(timeZone: string): (at: Date) => number {
  const format = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", hourCycle: "h23" });
  return (at) => Number(format.format(at)) % 24;
}

function toJsonRow(c: DerivedCase & { contactHours: number[] }) {
  return {
    id: c.id,
    number: c.number,
    first_missed_call_id: c.firstMissedCallId,
    first_missed_at: c.firstMissedAt.toISOString(),
    last_missed_at: c.lastMissedAt.toISOString(),
    missed_count: c.missedCount,
    dids: c.dids,
    first_did: c.firstDid,
    attempts: c.attempts,
    first_attempt_at: c.firstAttemptAt?.toISOString() ?? null,
    last_attempt_at: c.lastAttemptAt?.toISOString() ?? null,
    first_attempt_agent: c.firstAttemptAgent,
    reached_at: c.reachedAt?.toISOString() ?? null,
    reached_by: c.reachedBy,
    reached_agent: c.reachedAgent,
    closed_at: c.closedAt?.toISOString() ?? null,
    status: c.status,
    contact_hours: c.contactHours,
  };
}
