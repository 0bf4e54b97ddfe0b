import { histogramBinSql } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import type { Segment, Tier } from "./rollup-plan";
import type { SqlParams } from "./sql-params";
import { filterOver } from "./time-range";

/**
 * A relation of "facts" that the analytics aggregate, readable from rollup tables (per tier) or computed from the
 * raw calls, with the same columns either way: `p` (which period of the query), `t` (the rollup row's period start,
 * or the call's started_at), the source's dimensions and its counters. Summing the counters over the facts of a
 * range gives the same numbers whichever segments the range was cut into.
 */
export interface FactSource {
  tables: Partial<Record<Tier, string>>;
  /** The tiers this source has, coarse to fine (what planSegments may use). */
  tiers: readonly Tier[];
  /** Dimension and counter columns as read from a rollup table. */
  rollupColumns: string;
  /** The same columns computed from one raw call (and its joined rows). */
  rawColumns: string;
  /** What a raw call is joined with (one fact per joined row). */
  rawLateral?: string;
  /** Conditions on rollup rows for the filter's criteria (the route guarantees the source has those columns). */
  rollupWhere(filter: CallFilter, params: SqlParams): string[];
  /** Extra conditions on raw facts (beyond the call filter itself). */
  rawWhere?(filter: CallFilter, params: SqlParams): string[];
}

const PERIOD_COLUMN: Record<Tier, string> = { month: "month_start", day: "day_start", hour: "hour_start" };

const listWhere = (column: string, values: readonly string[] | undefined, params: SqlParams) =>
  values?.length ? [`${column} = ANY(${params.add(values)}::text[])`] : [];

function callDimensionsWhere(filter: CallFilter, params: SqlParams): string[] {
  return [
    ...listWhere("direction", filter.direction, params),
    ...listWhere("status_detail", filter.status, params),
    ...listWhere("class", filter.callClass, params),
    ...listWhere("did_number", filter.did, params),
  ];
}

const COUNTERS = "calls, billing_seconds AS billing, duration_seconds AS duration, wait_seconds AS wait";
const RAW_COUNTERS = "1 AS calls, billing_seconds AS billing, duration_seconds AS duration, wait_seconds AS wait";

/** One fact per call: every call dimension ("" for no DID, as in the rollups). */
export const CALL_FACTS: FactSource = {
  tables: { day: "call_rollups_daily", hour: "call_rollups_hourly" },
  tiers: ["day", "hour"],
  rollupColumns: `direction, status_detail, class, did_number, ${COUNTERS}`,
  rawColumns: `direction, status_detail, class, coalesce(did_number, '') AS did_number, ${RAW_COUNTERS}`,
  rollupWhere: callDimensionsWhere,
};

/** One fact per call and agent on it (an internal call is a fact for each of its two agents). */
export const AGENT_FACTS: FactSource = {
  tables: { day: "agent_rollups_daily", hour: "agent_rollups_hourly" },
  tiers: ["day", "hour"],
  rollupColumns: `agent, direction, status_detail, ${COUNTERS}`,
  rawColumns: `agent, direction, status_detail, ${RAW_COUNTERS}`,
  rawLateral: "CROSS JOIN LATERAL unnest(agents) AS agent",
  rollupWhere: (filter, params) => [
    ...listWhere("agent", filter.agent, params),
    ...listWhere("direction", filter.direction, params),
    ...listWhere("status_detail", filter.status, params),
  ],
};

/**
 * The calls of one agent as call facts, from the agent rollups (no class or DID there). Exact for a single agent:
 * an agent appears at most once on a call, so each of their calls is one agent fact.
 */
export const ONE_AGENT_CALL_FACTS: FactSource = {
  ...AGENT_FACTS,
  rawWhere: (filter, params) => listWhere("agent", filter.agent, params),
};

/** Two facts per call: its talk (billing) seconds and its wait seconds, binned as in the histogram rollups. */
export const HISTOGRAM_FACTS: FactSource = {
  tables: { month: "call_histograms_monthly", day: "call_histograms_daily" },
  tiers: ["month", "day"],
  rollupColumns: "status_detail, metric, bin, calls",
  rawColumns: `status_detail, metric, ${histogramBinSql("seconds")} AS bin, 1 AS calls`,
  rawLateral: "CROSS JOIN LATERAL (VALUES ('talk', billing_seconds), ('wait', wait_seconds)) AS m(metric, seconds)",
  rollupWhere: callDimensionsWhere,
};

/** Facts of one period of a query: the filter, and the segments its range was cut into (one raw one when routed raw). */
export interface PeriodFacts {
  filter: CallFilter;
  segments: readonly Segment[];
}

/**
 * UNION ALL of the facts of every period's segments: `SELECT p, tier, t, <columns>`. `tier` says where a fact
 * came from ('raw' or the tier), for callers that treat rollup rows specially.
 */
export function factsSql(source: FactSource, periods: readonly PeriodFacts[], params: SqlParams): string {
  const parts: string[] = [];
  periods.forEach(({ filter, segments }, p) => {
    for (const segment of segments) {
      if (segment.tier === "raw") {
        const where = [
          params.where(filterOver(filter, segment)),
          ...(source.rawWhere?.(filter, params) ?? []),
        ];
        parts.push(
          `SELECT ${p} AS p, 'raw' AS tier, started_at AS t, ${source.rawColumns}
             FROM calls ${source.rawLateral ?? ""} WHERE ${where.join(" AND ")}`,
        );
        continue;
      }
      const table = source.tables[segment.tier];
      if (!table) throw new Error(`no ${segment.tier} rollup for this source`);
      const column = PERIOD_COLUMN[segment.tier];
      const where = [
        `${column} >= ${params.add(segment.from)}`,
        `${column} < ${params.add(segment.end)}`,
        ...source.rollupWhere(filter, params),
      ];
      parts.push(
        `SELECT ${p} AS p, '${segment.tier}' AS tier, ${column} AS t, ${source.rollupColumns}
           FROM ${table} WHERE ${where.join(" AND ")}`,
      );
    }
  });
  // A query over empty ranges still needs a relation with the right columns.
  if (parts.length === 0) {
    return `SELECT 0 AS p, 'raw' AS tier, started_at AS t, ${source.rawColumns} FROM calls ${source.rawLateral ?? ""} WHERE false`;
  }
  return parts.join("\nUNION ALL\n");
}
