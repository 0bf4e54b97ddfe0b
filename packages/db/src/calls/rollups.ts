import type { Database } from "../database/open-database";

/**
 * The hourly rollups, defined once over any relation with the `calls` columns: insertCalls upserts the rollups of
 * the rows it really inserted (in the same statement), rebuildRollups recomputes them from the whole table. Hours
 * are UTC hours (date_trunc in 'UTC', whatever the session's TimeZone), so any whole-hour range is exact.
 */

/** The calls columns the rollups read: what insertCalls' RETURNING must hand over. */
export const ROLLUP_SOURCE_COLUMNS =
  "started_at, direction, status_detail, class, did_number, billing_seconds, duration_seconds, wait_seconds, recording, agents";

const HOUR = `date_trunc('hour', started_at, 'UTC')`;
const SUMS = `count(*)::int, sum(billing_seconds), sum(duration_seconds), sum(wait_seconds)`;
const ADD = (columns: string[]) => columns.map((c) => `${c} = r.${c} + excluded.${c}`).join(", ");

/**
 * INSERT ... SELECT ... GROUP BY ... ON CONFLICT DO UPDATE adding to the counters. Rows go in key order so two
 * writers upserting overlapping hours lock them in the same order (no deadlock).
 */
export function callRollupUpsert(source: string): string {
  return `INSERT INTO call_rollups_hourly AS r
      (hour_start, direction, status_detail, class, did_number, calls, billing_seconds, duration_seconds, wait_seconds, recorded)
    SELECT ${HOUR}, direction, status_detail, class, coalesce(did_number, ''), ${SUMS}, count(recording)::int
      FROM ${source} GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (hour_start, direction, status_detail, class, did_number) DO UPDATE
      SET ${ADD(["calls", "billing_seconds", "duration_seconds", "wait_seconds", "recorded"])}`;
}

/** The same per agent: a call counts once for each of its agents (both sides of an internal call). */
export function agentRollupUpsert(source: string): string {
  return `INSERT INTO agent_rollups_hourly AS r
      (hour_start, agent, direction, status_detail, calls, billing_seconds, duration_seconds, wait_seconds)
    SELECT ${HOUR}, agent, direction, status_detail, ${SUMS}
      FROM ${source} CROSS JOIN LATERAL unnest(agents) AS agent GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (hour_start, agent, direction, status_detail) DO UPDATE
      SET ${ADD(["calls", "billing_seconds", "duration_seconds", "wait_seconds"])}`;
}

/**
 * Recomputes every rollup from `calls` (after rows were written without insertCalls, e.g. a bulk copy, or to repair).
 * One simple-protocol message (PostgreSQL runs it as one implicit transaction, and PGlite without interleaving
 * other connections' statements); the SHARE lock makes concurrent insertCalls wait, so no row is counted twice or
 * missed. DELETE, not TRUNCATE: readers keep their snapshot meanwhile.
 */
export async function rebuildRollups(db: Database): Promise<void> {
  await db.pool.query(`LOCK TABLE calls IN SHARE MODE;
    DELETE FROM call_rollups_hourly;
    DELETE FROM agent_rollups_hourly;
    ${callRollupUpsert("calls")};
    ${agentRollupUpsert("calls")};`);
}
