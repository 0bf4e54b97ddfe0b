import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { periodFacts } from "./breakdowns";
import { factsSql, histogramSource } from "./fact-sources";
import { KIND_SQL } from "./kpis";
import type { WaitDistribution } from "./output-schemas";
import type { RollupPlan } from "./rollup-plan";
import { SqlParams } from "./sql-params";
import { rollupPlanFor } from "./summary";

/**
 * Lower bounds (whole seconds, inclusive) of the wait buckets; each bucket ends where the next begins. Past 120 s they
 * sit on histogram bin bounds (125 s and up are binned wider), so every bin falls in one bucket.
 */
const BASE_BUCKET_STARTS = [0, 6, 11, 16, 21, 31, 46, 61, 91, 121, 180, 300, 600] as const;

/** The bucket starts for a threshold: the base ones, plus threshold + 1 so the threshold is always a bucket's end. */
function waitBucketStarts(serviceLevelSeconds: number): number[] {
  return [...new Set([...BASE_BUCKET_STARTS, serviceLevelSeconds + 1])].sort((a, b) => a - b);
}

export async function inboundWaitDistribution(
  db: Database,
  filter: CallFilter,
  options: { serviceLevelSeconds: number },
  plan?: RollupPlan | null,
): Promise<WaitDistribution> {
  const rollups = plan === undefined ? await rollupPlanFor(db, [filter]) : plan;
  const params = new SqlParams();
  const source = histogramSource(filter);
  const facts = factsSql(
    source,
    periodFacts(source, [filter], rollups, ["direction", "class", "status_detail", "metric", "bin"]),
    params,
  );
  const { rows } = await db.pool.query<{ bin: number; status_detail: string; n: number }>(
    `SELECT bin, status_detail, sum(calls)::float8 AS n FROM (${facts}) AS f
      WHERE metric = 'wait' AND ${KIND_SQL.inbound} AND status_detail IN ('SUCCESS', 'CANCELLED')
      GROUP BY bin, status_detail`,
    params.values,
  );
  const starts = waitBucketStarts(options.serviceLevelSeconds);
  const buckets: WaitDistribution["buckets"] = starts.map((min, i) => ({
    minSeconds: min,
    maxSeconds: i + 1 < starts.length ? starts[i + 1]! - 1 : null,
    answered: 0,
    abandoned: 0,
    withinServiceLevel: i + 1 < starts.length && starts[i + 1]! - 1 <= options.serviceLevelSeconds,
  }));
  for (const { bin, status_detail, n } of rows) {
    const bucket = buckets.findLast((b) => b.minSeconds <= bin)!;
    if (status_detail === "SUCCESS") bucket.answered += n;
    else bucket.abandoned += n;
  }
  return { serviceLevelSeconds: options.serviceLevelSeconds, buckets };
}
