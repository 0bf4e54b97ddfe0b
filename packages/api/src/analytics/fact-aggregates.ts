import type { Database } from "@antdash/db";
import { factsSql, type FactSource, type PeriodFacts } from "./fact-sources";
import { KIND_SQL } from "./kpis";
import type { Counters } from "./output-schemas";
import { SqlParams } from "./sql-params";

export const ZERO_COUNTERS: Counters = {
  calls: 0,
  answered: 0,
  abandoned: 0,
  billingSeconds: 0,
  durationSeconds: 0,
  waitSeconds: 0,
  inboundOffered: 0,
  inboundAnswered: 0,
  inboundTalkSeconds: 0,
  outboundAttempts: 0,
  outboundConnected: 0,
  outboundTalkSeconds: 0,
};

/** The counters of each group of a grouping set, per period: `groups[p][column]` maps a key to its counters. */
export interface GroupedCounters {
  totals: Counters;
  groups: Record<string, Map<string, Counters>>;
}

// float8: sums of int/bigint come back from pg as strings otherwise; every sum here is far below 2^53.
const COUNTERS_SQL = `sum(calls)::float8 AS calls,
  coalesce(sum(calls) FILTER (WHERE status_detail = 'SUCCESS'), 0)::float8 AS answered,
  coalesce(sum(calls) FILTER (WHERE status_detail = 'CANCELLED'), 0)::float8 AS abandoned,
  sum(billing_seconds)::float8 AS billing, sum(duration_seconds)::float8 AS duration, sum(wait_seconds)::float8 AS wait,
  coalesce(sum(calls) FILTER (WHERE ${KIND_SQL.inbound}), 0)::float8 AS in_offered,
  coalesce(sum(calls) FILTER (WHERE ${KIND_SQL.inbound} AND status_detail = 'SUCCESS'), 0)::float8 AS in_answered,
  coalesce(sum(billing_seconds) FILTER (WHERE ${KIND_SQL.inbound}), 0)::float8 AS in_talk,
  coalesce(sum(calls) FILTER (WHERE ${KIND_SQL.outbound}), 0)::float8 AS out_attempts,
  coalesce(sum(calls) FILTER (WHERE ${KIND_SQL.outbound} AND status_detail = 'SUCCESS'), 0)::float8 AS out_connected,
  coalesce(sum(billing_seconds) FILTER (WHERE ${KIND_SQL.outbound}), 0)::float8 AS out_talk`;

interface Row {
  p: number;
  g: number;
  billing: number;
  duration: number;
  wait: number;
  calls: number;
  answered: number;
  abandoned: number;
  in_offered: number;
  in_answered: number;
  in_talk: number;
  out_attempts: number;
  out_connected: number;
  out_talk: number;
  [column: string]: unknown;
}

/**
 * Totals and the counters per value of each of `columns`, for every period, in one pass over the facts (GROUPING
 * SETS). Periods without facts get zero totals.
 */
export async function groupFacts(
  db: Database,
  source: FactSource,
  periods: readonly PeriodFacts[],
  columns: readonly string[],
): Promise<GroupedCounters[]> {
  const params = new SqlParams();
  const facts = factsSql(source, periods, params);
  const sets = ["(p)", ...columns.map((column) => `(p, ${column})`)];
  const grouping = columns.length > 0 ? `GROUPING(${columns.join(", ")})` : "0";
  const { rows } = await db.pool.query<Row>(
    `SELECT p, ${grouping} AS g${columns.map((c) => `, ${c}`).join("")}, ${COUNTERS_SQL}
       FROM (${facts}) AS f GROUP BY GROUPING SETS (${sets.join(", ")})`,
    params.values,
  );
  const result = periods.map(() => ({
    totals: { ...ZERO_COUNTERS },
    groups: Object.fromEntries(columns.map((column) => [column, new Map<string, Counters>()])),
  }));
  const all = (1 << columns.length) - 1;
  for (const row of rows) {
    const counters: Counters = {
      calls: row.calls,
      answered: row.answered,
      abandoned: row.abandoned,
      billingSeconds: row.billing,
      durationSeconds: row.duration,
      waitSeconds: row.wait,
      inboundOffered: row.in_offered,
      inboundAnswered: row.in_answered,
      inboundTalkSeconds: row.in_talk,
      outboundAttempts: row.out_attempts,
      outboundConnected: row.out_connected,
      outboundTalkSeconds: row.out_talk,
    };
    const period = result[row.p]!;
    if (row.g === all) {
      period.totals = counters;
      continue;
    }
    // GROUPING sets a bit (leftmost column = highest bit) for each column *not* grouped by in this set.
    const index = columns.findIndex((_, i) => (row.g & (1 << (columns.length - 1 - i))) === 0);
    const column = columns[index]!;
    period.groups[column]!.set(String(row[column]), counters);
  }
  return result;
}
