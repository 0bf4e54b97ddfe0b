import type { Database } from "@antdash/db";

/** The call-back backlog: callers waiting to be called back. */
export interface CallbackBacklog {
  /** How many cases wait. */
  total: number;
  /** When the oldest waiting case's first missed call came, or null when none wait. */
  oldestAt: Date | null;
  /** The most recent cases, at most `limit`, for the report's table. */
  cases: { number: string; did: string | null; lastAt: Date; attempts: number }[];
}

// A case waits at `at` when its first missed call came by then and it was neither reached nor closed (by hand or by
// a later call) by then: the call-back worklist's open backlog (callbacks.kpis openBacklog) as of that instant.
const WAITING_AT = `first_missed_at <= $1 AND (reached_at IS NULL OR reached_at > $1)
  AND (closed_at IS NULL OR closed_at > $1)`;

/**
 * THE integration point for the call-back cases of issue 13: the PDF's backlog section and the "backlog" alert
 * rule both read the backlog only through this function. The backlog spans every day (a case missed last week and
 * still waiting counts), so `from` is not a bound; it stays in the signature for the callers that pass their window.
 */
export async function callbackBacklog(
  db: Database,
  range: { at: Date; from?: Date },
  limit = 20,
): Promise<CallbackBacklog> {
  const [totals, cases] = await Promise.all([
    db.pool.query<{ total: number; oldest: Date | null }>(
      `SELECT count(*)::int AS total, min(first_missed_at) AS oldest FROM callback_cases WHERE ${WAITING_AT}`,
      [range.at],
    ),
    db.pool.query<{ number: string; did: string; last_missed_at: Date; attempts: number }>(
      `SELECT number, first_did AS did, last_missed_at, attempts FROM callback_cases WHERE ${WAITING_AT}
        ORDER BY last_missed_at DESC, id LIMIT $2`,
      [range.at, limit],
    ),
  ]);
  return {
    total: totals.rows[0]?.total ?? 0,
    oldestAt: totals.rows[0]?.oldest ?? null,
    cases: cases.rows.map((c) => ({
      number: c.number,
      did: c.did === "" ? null : c.did,
      lastAt: c.last_missed_at,
      attempts: c.attempts,
    })),
  };
}
