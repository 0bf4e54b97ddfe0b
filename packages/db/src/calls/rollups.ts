import { assertTimeZone } from "../database/config";
import type { Database } from "../database/open-database";
import { histogramBinSql } from "./histogram-bins";

/**
 * The rollups, defined once over any relation with the `calls` columns: insertCalls upserts the rollups of the rows
 * it really inserted (in the same statement), rebuildRollups recomputes them from the whole table.
 *
 * - hourly: UTC hours (date_trunc in 'UTC', whatever the session's TimeZone), so any whole-hour range is exact;
 * - daily and monthly: local days and months of the zone in rollup_state, read inside the statement itself so
 *   every writer groups by the same zone; readers plan with that zone too (rollupTimeZone).
 * Long ranges read months, their edges days, then hours, then raw calls (see the api's analytics/rollup-plan.ts).
 */

/** The calls columns the rollups read: what insertCalls' RETURNING must hand over. */
export const ROLLUP_SOURCE_COLUMNS =
  "started_at, direction, status_detail, class, did_number, billing_seconds, duration_seconds, wait_seconds, recording, agents";

const ZONE = `(SELECT time_zone FROM rollup_state WHERE id = 1)`;
const PERIOD = {
  hour: `date_trunc('hour', started_at, 'UTC')`,
  day: `date_trunc('day', started_at, ${ZONE})`,
  month: `date_trunc('month', started_at, ${ZONE})`,
} as const;

interface Rollup {
  table: string;
  /** Key columns and the expression each is computed from; the first is the period. */
  keys: readonly (readonly [column: string, expr: string])[];
  /** Counter columns and their aggregate over the group. */
  counters: readonly (readonly [column: string, aggregate: string])[];
  /** Joined to the source rows (one output row per source row and joined row). */
  lateral?: string;
}

const SUMS = [
  ["calls", "count(*)::int"],
  ["billing_seconds", "sum(billing_seconds)"],
  ["duration_seconds", "sum(duration_seconds)"],
  ["wait_seconds", "sum(wait_seconds)"],
] as const;
const CALL_DIMENSIONS = [
  ["direction", "direction"],
  ["status_detail", "status_detail"],
  ["class", "class"],
  // A primary key column cannot be null: "" stands for "no DID".
  ["did_number", "coalesce(did_number, '')"],
] as const;
const AGENT_DIMENSIONS = [
  ["agent", "agent"],
  ["direction", "direction"],
  ["status_detail", "status_detail"],
] as const;
// Days and months also know the call's class and DID (hours would grow about as large as the calls themselves).
const AGENT_CALL_DIMENSIONS = [...AGENT_DIMENSIONS, ...CALL_DIMENSIONS.slice(2)] as const;
// A call counts once for each of its agents (both sides of an internal call).
const EACH_AGENT = "CROSS JOIN LATERAL unnest(agents) AS agent";
// Every call lands in two histograms: its talk (billing) seconds and its wait seconds.
const EACH_METRIC = "CROSS JOIN LATERAL (VALUES ('talk', billing_seconds), ('wait', wait_seconds)) AS m(metric, seconds)";
const HISTOGRAM_KEYS = [...CALL_DIMENSIONS, ["metric", "metric"], ["bin", histogramBinSql("seconds")]] as const;

const CALL_COUNTERS = [...SUMS, ["recorded", "count(recording)::int"]] as const;
const HISTOGRAM_COUNTERS = [["calls", "count(*)::int"]] as const;

export const ROLLUPS: readonly Rollup[] = [
  { table: "call_rollups_hourly", keys: [["hour_start", PERIOD.hour], ...CALL_DIMENSIONS], counters: CALL_COUNTERS },
  { table: "call_rollups_daily", keys: [["day_start", PERIOD.day], ...CALL_DIMENSIONS], counters: CALL_COUNTERS },
  { table: "call_rollups_monthly", keys: [["month_start", PERIOD.month], ...CALL_DIMENSIONS], counters: CALL_COUNTERS },
  { table: "agent_rollups_hourly", keys: [["hour_start", PERIOD.hour], ...AGENT_DIMENSIONS], counters: SUMS, lateral: EACH_AGENT },
  { table: "agent_rollups_daily", keys: [["day_start", PERIOD.day], ...AGENT_CALL_DIMENSIONS], counters: SUMS, lateral: EACH_AGENT },
  {
    table: "agent_rollups_monthly",
    keys: [["month_start", PERIOD.month], ...AGENT_CALL_DIMENSIONS],
    counters: SUMS,
    lateral: EACH_AGENT,
  },
  {
    table: "call_histograms_daily",
    keys: [["day_start", PERIOD.day], ...HISTOGRAM_KEYS],
    counters: HISTOGRAM_COUNTERS,
    lateral: EACH_METRIC,
  },
  {
    table: "call_histograms_monthly",
    keys: [["month_start", PERIOD.month], ...HISTOGRAM_KEYS],
    counters: HISTOGRAM_COUNTERS,
    lateral: EACH_METRIC,
  },
];

/**
 * INSERT ... SELECT ... GROUP BY ... ON CONFLICT DO UPDATE adding to the counters. Rows go in key order so two
 * writers upserting overlapping periods lock them in the same order (no deadlock).
 */
export function rollupUpsert(rollup: Rollup, source: string): string {
  const keys = rollup.keys.map(([column]) => column);
  const positions = keys.map((_, i) => i + 1).join(", ");
  return `INSERT INTO ${rollup.table} AS r (${[...keys, ...rollup.counters.map(([column]) => column)].join(", ")})
    SELECT ${[...rollup.keys.map(([, expr]) => expr), ...rollup.counters.map(([, aggregate]) => aggregate)].join(", ")}
      FROM ${source} ${rollup.lateral ?? ""} GROUP BY ${positions} ORDER BY ${positions}
    ON CONFLICT (${keys.join(", ")}) DO UPDATE
      SET ${rollup.counters.map(([column]) => `${column} = r.${column} + excluded.${column}`).join(", ")}`;
}

/**
 * Recomputes every rollup from `calls`, optionally switching the zone of the daily and monthly ones. For rows
 * written without insertCalls (a bulk copy), to repair, or after changing the zone.
 */
export function rebuildRollupsSql(): string {
  return [
    ...ROLLUPS.map((rollup) => `DELETE FROM ${rollup.table}`),
    ...ROLLUPS.map((rollup) => rollupUpsert(rollup, "calls")),
  ].join(";\n");
}

/**
 * Recomputes the rollups from `calls` (see rebuildRollupsSql), in one simple-protocol message: PostgreSQL runs it as
 * one implicit transaction, PGlite without interleaving other connections' statements. The SHARE lock makes
 * concurrent insertCalls wait, so no row is counted twice or missed. DELETE, not TRUNCATE: readers keep their
 * snapshot meanwhile.
 */
export async function rebuildRollups(db: Database, options: { timeZone?: string } = {}): Promise<void> {
  const zone = options.timeZone;
  if (zone !== undefined) {
    assertTimeZone(zone);
    await db.pool.query(`SELECT date_trunc('day', now(), $1)`, [zone]); // PostgreSQL must know it too
  }
  const setZone =
    zone === undefined ? "" : `UPDATE rollup_state SET time_zone = '${zone.replace(/'/g, "''")}' WHERE id = 1;\n`;
  await db.pool.query(`LOCK TABLE calls IN SHARE MODE;\n${setZone}${rebuildRollupsSql()};`);
}

/** The zone of the daily and monthly rollups' days and months. */
export async function rollupTimeZone(db: Database): Promise<string> {
  const { rows } = await db.pool.query<{ time_zone: string }>(`SELECT time_zone FROM rollup_state WHERE id = 1`);
  const zone = rows[0]?.time_zone;
  if (zone === undefined) throw new Error("rollup_state has no row: are the migrations applied?");
  return zone;
}
