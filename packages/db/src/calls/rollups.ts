import { assertTimeZone } from "../database/config";
import type { Database } from "../database/open-database";
import { distributionBinSql } from "./distribution-bins";
import { HISTOGRAM_METRICS_LATERAL, histogramBinSql } from "./histogram-bins";

/**
 * The rollups, defined once over any relation with the `calls` columns: insertCalls upserts the rollups of the rows
 * it really inserted (in the same statement), rebuildRollups recomputes them from the whole table.
 *
 * - hourly: UTC hours (date_trunc in 'UTC', whatever the session's TimeZone), so any whole-hour range is exact;
 * - daily and monthly: local days and months of the zone in rollup_state, read inside the statement itself so
 *   every writer groups by the same zone; readers plan with that zone too (rollupTimeZone).
 * Long ranges read months, their edges days, then hours, then raw calls (see the api's analytics/rollup-plan.ts).
 *
 * Rollups come in families sharing one grouping of the source rows (by every period and every dimension of the
 * family); each table then sums that small grouped relation by its own period and dimensions. An hour is grouped
 * with its day, not rolled up into it: in a zone like Asia/Kolkata (+05:30) one UTC hour spans two local days.
 */

/** The calls columns the rollups read: what insertCalls' RETURNING must hand over. */
export const ROLLUP_SOURCE_COLUMNS =
  "started_at, direction, status_detail, class, did_number, billing_seconds, duration_seconds, wait_seconds, recording, agents";

type Period = "hour" | "day" | "month";
const ZONE = `(SELECT time_zone FROM rollup_state WHERE id = 1)`;
/** Each period's column, computed once per source row (see rollupSourceCte). */
const PERIOD: Record<Period, readonly [column: string, expr: string]> = {
  hour: ["hour_start", "hour_start"],
  day: ["day_start", "day_start"],
  month: ["month_start", "month_start"],
};

/**
 * The source rows with their periods and local weekday and hour, computed once per row: inside each family's
 * grouping a zone's calendar was read about twenty times per call (every family, every period, once per lateral
 * row). The zone is read inside the statement (an init plan).
 */
function rollupSourceCte(source: string): string {
  return `rollup_source AS (
    SELECT ${ROLLUP_SOURCE_COLUMNS},
      date_trunc('hour', started_at, 'UTC') AS hour_start,
      date_trunc('day', started_at, ${ZONE}) AS day_start,
      date_trunc('month', started_at, ${ZONE}) AS month_start,
      ${weekHourSql("dow", ZONE)} AS zone_weekday,
      ${weekHourSql("hour", ZONE)} AS zone_hour
    FROM ${source})`;
}

/**
 * The local weekday (0 = Sunday) or hour (0..23) of started_at in a zone (an SQL expression: a literal, a
 * placeholder or the rollup_state subquery): the rollups and the raw heatmap facts group by the same expression.
 */
export function weekHourSql(field: "dow" | "hour", zone: string): string {
  return `extract(${field} FROM started_at AT TIME ZONE ${zone})::int`;
}

type Column = readonly [column: string, expr: string];

interface RollupFamily {
  /** Name of the grouped relation (a CTE). */
  name: string;
  periods: readonly Period[];
  dimensions: readonly Column[];
  /** Counter columns: their aggregate over source rows, and their type once summed again per table. */
  counters: readonly (readonly [column: string, aggregate: string, type: string])[];
  /** Joined to the source rows (one fact per source row and joined row). */
  lateral?: string;
  tables: readonly { table: string; period: Period; dimensions: readonly string[] }[];
}

const CALL_DIMENSIONS: readonly Column[] = [
  ["direction", "direction"],
  ["status_detail", "status_detail"],
  ["class", "class"],
  // A primary key column cannot be null: "" stands for "no DID".
  ["did_number", "coalesce(did_number, '')"],
];
const CALL_COLUMNS = CALL_DIMENSIONS.map(([column]) => column);
const SUMS = [
  ["calls", "count(*)", "int"],
  ["billing_seconds", "sum(billing_seconds)", "bigint"],
  ["duration_seconds", "sum(duration_seconds)", "bigint"],
  ["wait_seconds", "sum(wait_seconds)", "bigint"],
] as const;

const ROLLUP_FAMILIES: readonly RollupFamily[] = [
  {
    name: "calls",
    periods: ["hour", "day", "month"],
    dimensions: CALL_DIMENSIONS,
    counters: [...SUMS, ["recorded", "count(recording)", "int"]],
    tables: [
      { table: "call_rollups_hourly", period: "hour", dimensions: CALL_COLUMNS },
      { table: "call_rollups_daily", period: "day", dimensions: CALL_COLUMNS },
      { table: "call_rollups_monthly", period: "month", dimensions: CALL_COLUMNS },
    ],
  },
  {
    // A call counts once for each of its agents (both sides of an internal call).
    name: "agents",
    periods: ["hour", "day", "month"],
    dimensions: [["agent", "agent"], ...CALL_DIMENSIONS],
    counters: SUMS,
    lateral: "CROSS JOIN LATERAL unnest(agents) AS agent",
    tables: [
      // Hours have no class or DID: they would grow about as large as the calls themselves.
      { table: "agent_rollups_hourly", period: "hour", dimensions: ["agent", "direction", "status_detail"] },
      { table: "agent_rollups_daily", period: "day", dimensions: ["agent", ...CALL_COLUMNS] },
      { table: "agent_rollups_monthly", period: "month", dimensions: ["agent", ...CALL_COLUMNS] },
    ],
  },
  {
    // Every call lands in two histograms (its talk and its wait seconds), an abandoned one in a third (its duration).
    name: "histograms",
    periods: ["day", "month"],
    dimensions: [...CALL_DIMENSIONS, ["metric", "metric"], ["bin", histogramBinSql("seconds")]],
    counters: [["calls", "count(*)", "int"]],
    lateral: HISTOGRAM_METRICS_LATERAL,
    tables: [
      { table: "call_histograms_daily", period: "day", dimensions: [...CALL_COLUMNS, "metric", "bin"] },
      { table: "call_histograms_monthly", period: "month", dimensions: [...CALL_COLUMNS, "metric", "bin"] },
    ],
  },

  {
    // The histograms of each agent's calls (one agent's medians and KPI thresholds), per month only: per day they
    // would hold about as many rows as the calls. No DID: one agent's calls of one DID read the calls.
    name: "agent_histograms",
    periods: ["month"],
    dimensions: [
      ["agent", "agent"],
      ["direction", "direction"],
      ["status_detail", "status_detail"],
      ["class", "class"],
      ["metric", "metric"],
      ["bin", histogramBinSql("seconds")],
    ],
    counters: [["calls", "count(*)", "int"]],
    lateral: `CROSS JOIN LATERAL unnest(agents) AS agent ${HISTOGRAM_METRICS_LATERAL}`,
    tables: [
      {
        table: "agent_histograms_monthly",
        period: "month",
        dimensions: ["agent", "direction", "status_detail", "class", "metric", "bin"],
      },
    ],
  },
  {
    // Talk × duration bins of every call (the distribution chart), without reading the calls.
    name: "distribution",
    periods: ["day", "month"],
    dimensions: [
      ...CALL_DIMENSIONS,
      ["billing_bin", distributionBinSql("billing_seconds")],
      ["duration_bin", distributionBinSql("duration_seconds")],
    ],
    counters: [["calls", "count(*)", "int"]],
    tables: [
      {
        table: "call_distribution_daily",
        period: "day",
        dimensions: [...CALL_COLUMNS, "billing_bin", "duration_bin"],
      },
      {
        table: "call_distribution_monthly",
        period: "month",
        dimensions: [...CALL_COLUMNS, "billing_bin", "duration_bin"],
      },
    ],
  },
  {
    // Calls per local weekday and hour of the rollup zone (the heatmap): a month has at most 168 of them per
    // direction, status and class, where the hourly rollup has ~720. No DID: the heatmap of one DID reads the hours.
    name: "week_hours",
    periods: ["day", "month"],
    dimensions: [
      ["direction", "direction"],
      ["status_detail", "status_detail"],
      ["class", "class"],
      ["weekday", "zone_weekday"],
      ["hour", "zone_hour"],
    ],
    counters: [["calls", "count(*)", "int"]],
    tables: [
      {
        table: "call_week_hours_daily",
        period: "day",
        dimensions: ["direction", "status_detail", "class", "weekday", "hour"],
      },
      {
        table: "call_week_hours_monthly",
        period: "month",
        dimensions: ["direction", "status_detail", "class", "weekday", "hour"],
      },
    ],
  },
];

export const ROLLUP_TABLES = ROLLUP_FAMILIES.flatMap((family) => family.tables.map((t) => t.table));

const positions = (n: number) => Array.from({ length: n }, (_, i) => i + 1).join(", ");

/** The grouped relation of a family over `source`: one row per periods and dimensions, with its counters. */
function familyGrouping(family: RollupFamily, source: string): string {
  const keys = [...family.periods.map((p) => PERIOD[p]), ...family.dimensions];
  return `SELECT ${keys.map(([column, expr]) => `${expr} AS ${column}`).join(", ")},
      ${family.counters.map(([column, aggregate]) => `${aggregate} AS ${column}`).join(", ")}
    FROM ${source} ${family.lateral ?? ""} GROUP BY ${positions(keys.length)}`;
}

/**
 * One table's upsert from its family's grouped relation: sum by the table's period and dimensions, then add to
 * the counters on conflict. Rows go in key order so two writers upserting overlapping periods lock them in the
 * same order (no deadlock).
 */
function tableUpsert(family: RollupFamily, table: RollupFamily["tables"][number], sign: 1 | -1): string {
  const keys = [PERIOD[table.period][0], ...table.dimensions];
  const counters = family.counters.map(([column]) => column);
  const sum = (column: string, type: string) => `${sign === 1 ? "" : "-"}sum(${column})::${type}`;
  return `INSERT INTO ${table.table} AS r (${[...keys, ...counters].join(", ")})
    SELECT ${keys.join(", ")}, ${family.counters.map(([column, , type]) => sum(column, type)).join(", ")}
      FROM grouped_${family.name} GROUP BY ${positions(keys.length)} ORDER BY ${positions(keys.length)}
    ON CONFLICT (${keys.join(", ")}) DO UPDATE
      SET ${counters.map((column) => `${column} = r.${column} + excluded.${column}`).join(", ")}`;
}

/**
 * CTEs adding the rows of `source` (a relation with ROLLUP_SOURCE_COLUMNS, e.g. the CTE of the rows just inserted)
 * to every rollup, or with sign -1 taking them out (rows just deleted): `rollup_source AS (...)`, then
 * `grouped_<family> AS (...)` and `up_<table> AS (INSERT ...)`, to follow a WITH.
 */
export function rollupUpsertCtes(source: string, sign: 1 | -1 = 1): string {
  return [
    rollupSourceCte(source),
    ...ROLLUP_FAMILIES.flatMap((family) => [
      `grouped_${family.name} AS (${familyGrouping(family, "rollup_source")})`,
      ...family.tables.map((table) => `up_${table.table} AS (${tableUpsert(family, table, sign)})`),
    ]),
  ].join(",\n");
}

/**
 * Deletes rollup rows whose calls dropped to zero (after rows were taken out) in periods that can hold calls of
 * [$1, $2]: a month starts at most 31 days before its first call. Rollups list only periods and values with calls.
 */
export function emptyRollupCleanupSql(): string[] {
  return ROLLUP_FAMILIES.flatMap((family) =>
    family.tables.map(({ table, period }) => {
      const column = PERIOD[period][0];
      return `DELETE FROM ${table} WHERE calls <= 0 AND ${column} >= $1::timestamptz - interval '32 days' AND ${column} <= $2::timestamptz`;
    }),
  );
}

/**
 * Recomputes every rollup from `calls`: for rows written without insertCalls (a bulk copy), to repair, or after
 * changing the zone. Also what the migrations that create rollups run to fill them.
 */
function rebuildRollupsSql(): string {
  return [
    ...ROLLUP_TABLES.map((table) => `DELETE FROM ${table}`),
    `WITH ${rollupUpsertCtes("calls")}\nSELECT 1`,
  ].join(";\n");
}

/**
 * Recomputes the rollups from `calls` (see rebuildRollupsSql), optionally switching the zone of the daily and
 * monthly ones, in one simple-protocol message: PostgreSQL runs it as one implicit transaction, PGlite without
 * interleaving other connections' statements. The SHARE lock makes concurrent insertCalls wait, so no row is
 * counted twice or missed. DELETE, not TRUNCATE: readers keep their snapshot meanwhile.
 */
export async function rebuildRollups(db: Database, options: { timeZone?: string } = {}): Promise<void> {
  const zone = options.timeZone;
  if (zone !== undefined) {
    assertTimeZone(zone);
    await db.pool.query(`SELECT date_trunc('day', now(), $1)`, [zone]); // PostgreSQL must know it too
  }
  const setZone =
    zone === undefined
      ? ""
      : `UPDATE rollup_state SET time_zone = '${zone.replace(/'/g, "''")}' WHERE id = 1;\n`;
  await db.pool.query(`LOCK TABLE calls IN SHARE MODE;\n${setZone}${rebuildRollupsSql()};`);
}

/** The zone of the daily and monthly rollups' days and months. */
export async function rollupTimeZone(db: Database): Promise<string> {
  const { rows } = await db.pool.query<{ time_zone: string }>(
    `SELECT time_zone FROM rollup_state WHERE id = 1`,
  );
  const zone = rows[0]?.time_zone;
  if (zone === undefined) throw new Error("rollup_state has no row: are the migrations applied?");
  return zone;
}
