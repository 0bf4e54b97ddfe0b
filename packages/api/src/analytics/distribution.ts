import { type Database, DISTRIBUTION_EDGES } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { periodFacts } from "./breakdowns";
import { DISTRIBUTION_FACTS, factsSql } from "./fact-sources";
import type { Distribution } from "./output-schemas";
import type { RollupPlan } from "./rollup-plan";
import { SqlParams } from "./sql-params";
import { rollupPlanFor } from "./summary";

/** Lower bounds of the distribution's bins in seconds, for billing and duration alike; the last bin is open. */
export { DISTRIBUTION_EDGES };

/**
 * Billing (talk) vs duration as a binned 2D distribution: a fixed grid of at most 121 cells for any number of
 * calls. Read from the distribution rollups (whole local days and months) and the raw calls of the edges, or from
 * the raw calls alone when the filter needs them (routing.ts: a number search, an agent...).
 */
export async function callDistribution(
  db: Database,
  filter: CallFilter,
  plan?: RollupPlan | null,
): Promise<Distribution> {
  const rollups = plan === undefined ? await rollupPlanFor(db, [filter]) : plan;
  const params = new SqlParams();
  const facts = factsSql(
    DISTRIBUTION_FACTS,
    periodFacts(DISTRIBUTION_FACTS, [filter], rollups, ["billing_bin", "duration_bin"]),
    params,
  );
  const { rows } = await db.pool.query<{ b: number; d: number; calls: number }>(
    `SELECT billing_bin AS b, duration_bin AS d, sum(calls)::float8 AS calls
       FROM (${facts}) AS f GROUP BY 1, 2 ORDER BY 1, 2`,
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
