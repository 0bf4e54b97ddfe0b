import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { SqlParams } from "./sql-params";

/** Lower bounds of the distribution's bins in seconds, for billing and duration alike; the last bin is open. */
export const DISTRIBUTION_EDGES = [0, 10, 30, 60, 120, 180, 300, 600, 1200, 1800, 3600] as const;

/** Calls whose billing and duration fall in one bin each. `...To` bounds are exclusive; null = open-ended. */
export interface DistributionCell {
  billingFrom: number;
  billingTo: number | null;
  durationFrom: number;
  durationTo: number | null;
  calls: number;
}

export interface Distribution {
  edges: number[];
  /** Non-empty cells only (at most edges² of them, whatever the number of calls). */
  cells: DistributionCell[];
}

/**
 * Billing (talk) vs duration as a binned 2D distribution: a fixed grid of at most 121 cells for any number of
 * calls. Read from the raw calls of the range (one pass, no sort), for every filter.
 */
export async function callDistribution(db: Database, filter: CallFilter): Promise<Distribution> {
  const params = new SqlParams();
  const edges = params.add(DISTRIBUTION_EDGES.slice(1));
  const { rows } = await db.pool.query<{ b: number; d: number; calls: number }>(
    `SELECT width_bucket(billing_seconds, ${edges}::int[]) AS b, width_bucket(duration_seconds, ${edges}::int[]) AS d,
            count(*)::float8 AS calls
       FROM calls WHERE ${params.where(filter)} GROUP BY 1, 2 ORDER BY 1, 2`,
    params.values,
  );
  const bound = (i: number) => DISTRIBUTION_EDGES[i] ?? null;
  return {
    edges: [...DISTRIBUTION_EDGES],
    cells: rows.map(({ b, d, calls }) => ({
      billingFrom: bound(b)!,
      billingTo: bound(b + 1),
      durationFrom: bound(d)!,
      durationTo: bound(d + 1),
      calls,
    })),
  };
}
