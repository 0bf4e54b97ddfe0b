import type { Database } from "@antdash/db";
import { factsSql, type FactSource, type PeriodFacts } from "./fact-sources";
import { SqlParams } from "./sql-params";

/** Sums over a set of calls. */
export interface Counters {
  calls: number;
  /** Calls with status SUCCESS. */
  answered: number;
  /** Calls with status CANCELLED (the caller hung up before an answer). */
  abandoned: number;
  billingSeconds: number;
  durationSeconds: number;
  waitSeconds: number;
}

export const ZERO_COUNTERS: Counters = {
  calls: 0,
  answered: 0,
  abandoned: 0,
  billingSeconds: 0,
  durationSeconds: 0,
  waitSeconds: 0,
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
  sum(billing_seconds)::float8 AS billing, sum(duration_seconds)::float8 AS duration, sum(wait_seconds)::float8 AS wait`;

interface Row {
  p: number;
  g: number;
  billing: number;
  duration: number;
  wait: number;
  calls: number;
  answered: number;
  abandoned: number;
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
