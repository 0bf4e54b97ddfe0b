import { distributionBinSql, HISTOGRAM_METRICS_LATERAL, histogramBinSql, weekHourSql } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { callsRelation, type ResolvableFilter } from "../calls/call-where";
import type { Segment, Tier } from "./rollup-plan";
import { usesRawOnlyCriteria } from "./routing";
import type { SqlParams } from "./sql-params";
import { filterOver } from "./time-range";

/**
 * A relation of "facts" that the analytics aggregate, readable from rollup tables (one per tier) or computed from
 * the raw calls, with the same columns either way: `p` (which period of the query), `tier` ('raw' or the tier),
 * `t` (the rollup row's period start, or the call's started_at), then the source's dimensions and counters.
 * Summing the counters over the facts of a range gives the same numbers whichever segments it was cut into.
 */
export interface FactSource {
  dimensions: readonly string[];
  counters: readonly string[];
  /** The rollup table of each tier, and the dimensions it lacks (a tier is only used when it has all it needs). */
  tables: Partial<Record<Tier, { table: string; lacks?: readonly string[] }>>;
  /** Columns computed differently from a raw call than their name says (others are read as they are). */
  rawExprs: Readonly<Record<string, string>>;
  /** What a raw call is joined with (one fact per joined row). */
  rawLateral?: string;
  /** Conditions on raw facts beyond the call filter (e.g. which agents of a call are facts). */
  rawWhere?: (filter: CallFilter, params: SqlParams) => string[];
}

const TIERS: readonly Tier[] = ["month", "day", "hour"];
const PERIOD_COLUMN: Record<Tier, string> = { month: "month_start", day: "day_start", hour: "hour_start" };
const CALL_DIMENSIONS = ["direction", "status_detail", "class", "did_number"] as const;
const SUMS = ["calls", "billing_seconds", "duration_seconds", "wait_seconds"] as const;
// A primary key column cannot be null: the rollups say "" for "no DID", and so do raw facts.
const RAW_DID = { did_number: "coalesce(did_number, '')", calls: "1" };

/** One fact per call. */
export const CALL_FACTS: FactSource = {
  dimensions: CALL_DIMENSIONS,
  counters: SUMS,
  tables: {
    month: { table: "call_rollups_monthly" },
    day: { table: "call_rollups_daily" },
    hour: { table: "call_rollups_hourly" },
  },
  rawExprs: RAW_DID,
};

/**
 * One fact per call and agent on it (an internal call is a fact for each of its two agents). With agents in the
 * filter, only those agents' facts: for one agent, exactly their calls, each once (an agent appears at most once
 * on a call).
 */
export const AGENT_FACTS: FactSource = {
  dimensions: ["agent", ...CALL_DIMENSIONS],
  counters: SUMS,
  tables: {
    month: { table: "agent_rollups_monthly" },
    day: { table: "agent_rollups_daily" },
    hour: { table: "agent_rollups_hourly", lacks: ["class", "did_number"] },
  },
  rawExprs: RAW_DID,
  rawLateral: "CROSS JOIN LATERAL unnest(agents) AS agent",
  rawWhere: (filter, params) =>
    filter.agent?.length ? [`agent = ANY(${params.add(filter.agent)}::text[])`] : [],
};

/**
 * The facts a filter reads: with exactly one agent in it, that agent's facts (each of their calls once), else the
 * call-level ones.
 */
function byAgentCount(oneAgent: FactSource, otherwise: FactSource): (filter: CallFilter) => FactSource {
  return (filter) => (filter.agent?.length === 1 ? oneAgent : otherwise);
}

/** The facts of a filter's call-level numbers: one agent's calls from the agent facts, else the call facts. */
export const callSource = byAgentCount(AGENT_FACTS, CALL_FACTS);

/**
 * Two facts per call, its talk (billing) seconds and its wait seconds, and a third for an abandoned call, its
 * duration: binned as in the histogram rollups.
 */
export const HISTOGRAM_FACTS: FactSource = {
  dimensions: [...CALL_DIMENSIONS, "metric", "bin"],
  counters: ["calls"],
  tables: { month: { table: "call_histograms_monthly" }, day: { table: "call_histograms_daily" } },
  rawExprs: { ...RAW_DID, bin: histogramBinSql("seconds") },
  rawLateral: HISTOGRAM_METRICS_LATERAL,
};

/**
 * HISTOGRAM_FACTS of each agent on a call: with one agent in the filter, exactly that agent's calls, each once. Months
 * only (agent_histograms_monthly): the rest of a range reads that agent's calls.
 */
const AGENT_HISTOGRAM_FACTS: FactSource = {
  dimensions: ["agent", "direction", "status_detail", "class", "metric", "bin"],
  counters: ["calls"],
  tables: { month: { table: "agent_histograms_monthly" } },
  rawExprs: { calls: "1", bin: histogramBinSql("seconds") },
  rawLateral: `CROSS JOIN LATERAL unnest(agents) AS agent ${HISTOGRAM_METRICS_LATERAL}`,
  rawWhere: AGENT_FACTS.rawWhere,
};

/** The histogram facts of a filter: one agent's from the agent histograms, else the call histograms. */
export const histogramSource = byAgentCount(AGENT_HISTOGRAM_FACTS, HISTOGRAM_FACTS);

/** One fact per call: its talk (billing) bin and its duration bin (the distribution chart). */
export const DISTRIBUTION_FACTS: FactSource = {
  dimensions: [...CALL_DIMENSIONS, "billing_bin", "duration_bin"],
  counters: ["calls"],
  tables: { month: { table: "call_distribution_monthly" }, day: { table: "call_distribution_daily" } },
  rawExprs: {
    ...RAW_DID,
    billing_bin: distributionBinSql("billing_seconds"),
    duration_bin: distributionBinSql("duration_seconds"),
  },
};

/**
 * One fact per call: its local weekday and hour in `zone` (an SQL literal of the rollup zone; the rollups are
 * grouped in that zone, so they serve viewers of that zone only). No DID: a DID filter finds no tier.
 */
export function weekHourFacts(zone: string): FactSource {
  return {
    dimensions: ["direction", "status_detail", "class", "weekday", "hour"],
    counters: ["calls"],
    tables: { month: { table: "call_week_hours_monthly" }, day: { table: "call_week_hours_daily" } },
    rawExprs: { calls: "1", weekday: weekHourSql("dow", zone), hour: weekHourSql("hour", zone) },
  };
}

/** The filter's criteria as fact columns (time aside). */
const CRITERIA = [
  ["direction", "direction"],
  ["status", "status_detail"],
  ["callClass", "class"],
  ["did", "did_number"],
  ["agent", "agent"],
] as const;

function criteriaColumns(filter: CallFilter): string[] {
  return CRITERIA.filter(([key]) => filter[key]?.length).map(([, column]) => column);
}

/**
 * The tiers (coarse to fine) that can give facts of this source for the filter when grouping by `groupBy`: those
 * whose table has every column needed. None when the source lacks one of them.
 */
export function tiersFor(source: FactSource, filter: CallFilter, groupBy: readonly string[]): Tier[] {
  if (usesRawOnlyCriteria(filter)) return [];
  const needed = [...criteriaColumns(filter), ...groupBy];
  if (!needed.every((column) => source.dimensions.includes(column))) return [];
  return TIERS.filter((tier) => {
    const table = source.tables[tier];
    return table !== undefined && !needed.some((column) => table.lacks?.includes(column));
  });
}

/** Facts of one period of a query: the filter, and the segments its range was cut into (one raw one when routed raw). */
export interface PeriodFacts {
  filter: ResolvableFilter;
  segments: readonly Segment[];
}

/** UNION ALL of the facts of every period's segments: `SELECT p, tier, t, <dimensions>, <counters>`. */
export function factsSql(source: FactSource, periods: readonly PeriodFacts[], params: SqlParams): string {
  const columns = [...source.dimensions, ...source.counters];
  const rawSelect = columns.map((c) => (source.rawExprs[c] ? `${source.rawExprs[c]} AS ${c}` : c)).join(", ");
  const parts: string[] = [];
  periods.forEach(({ filter, segments }, p) => {
    for (const segment of segments) {
      if (segment.tier === "raw") {
        const where = [
          params.where(filterOver(filter, segment)),
          ...(source.rawWhere?.(filter, params) ?? []),
        ];
        // An edge piece spans at most a day: read it by time (OFFSET 0 keeps the planner from preferring another
        // index, e.g. the agents GIN index, which would visit every call of the agent in the table).
        const relation = callsRelation(filter);
        const calls = segment.edge
          ? `(SELECT * FROM ${relation} WHERE started_at >= ${params.add(segment.from)} AND started_at < ${params.add(segment.end)} OFFSET 0) AS calls`
          : `${relation} AS calls`;
        parts.push(
          `SELECT ${p} AS p, 'raw' AS tier, started_at AS t, ${rawSelect}
             FROM ${calls} ${source.rawLateral ?? ""} WHERE ${where.join(" AND ")}`,
        );
        continue;
      }
      const table = source.tables[segment.tier];
      if (!table) throw new Error(`no ${segment.tier} rollup for this source`);
      const select = columns.map((c) => (table.lacks?.includes(c) ? `NULL::text AS ${c}` : c)).join(", ");
      const period = PERIOD_COLUMN[segment.tier];
      const where = [`${period} >= ${params.add(segment.from)}`, `${period} < ${params.add(segment.end)}`];
      for (const [key, column] of CRITERIA) {
        const values = filter[key];
        if (values?.length) where.push(`${column} = ANY(${params.add(values)}::text[])`);
      }
      parts.push(
        `SELECT ${p} AS p, '${segment.tier}' AS tier, ${period} AS t, ${select} FROM ${table.table} WHERE ${where.join(" AND ")}`,
      );
    }
  });
  // A query over empty ranges still needs a relation with the right columns.
  if (parts.length === 0) {
    return `SELECT 0 AS p, 'raw' AS tier, started_at AS t, ${rawSelect} FROM calls ${source.rawLateral ?? ""} WHERE false`;
  }
  return parts.join("\nUNION ALL\n");
}
