import { histogramBinWidth, type Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { periodFacts } from "./breakdowns";
import { factsSql, HISTOGRAM_FACTS, histogramSource } from "./fact-sources";
import type { RollupPlan } from "./rollup-plan";
import { SqlParams } from "./sql-params";

/**
 * Medians of talk time (billing seconds of answered calls) and of wait time (duration - billing of every call),
 * from binned counts: the histogram rollups for whole months and days, the raw calls binned the same way for the
 * rest (or for everything when the filter needs the raw calls). Values up to 124 s have 1-second bins and are
 * exact; above, the value is interpolated inside its bin and `approximate` says so.
 */
export interface Medians {
  talkSeconds: number;
  waitSeconds: number;
  approximate: boolean;
}

export async function mediansOf(
  db: Database,
  filters: readonly CallFilter[],
  plan: RollupPlan | null,
): Promise<Medians[]> {
  // One agent's from the agent histograms (months) and their calls; several agents read the raw calls.
  const source = filters[0] ? histogramSource(filters[0]) : HISTOGRAM_FACTS;
  const periods = periodFacts(source, filters, plan, ["metric", "bin", "status_detail"]);
  const params = new SqlParams();
  const { rows } = await db.pool.query<{ p: number; metric: "talk" | "wait"; bin: number; n: number }>(
    `SELECT p, metric, bin, sum(calls)::float8 AS n FROM (${factsSql(source, periods, params)}) AS f
      WHERE metric = 'wait' OR (metric = 'talk' AND status_detail = 'SUCCESS') GROUP BY p, metric, bin`,
    params.values,
  );
  return filters.map((_, p) => {
    const talk = medianOfBins(rows.filter((r) => r.p === p && r.metric === "talk"));
    const wait = medianOfBins(rows.filter((r) => r.p === p && r.metric === "wait"));
    return {
      talkSeconds: talk.value,
      waitSeconds: wait.value,
      approximate: talk.approximate || wait.approximate,
    };
  });
}

/**
 * The median (percentile_cont(0.5): the mean of the two middle values when the count is even) of integer values
 * known only by bin. Inside a bin of width w holding c values, the j-th smallest is taken to sit at the centre of
 * the j-th of c equal slices of the bin; 1-second bins give the exact value. 0 when there are no values.
 */
export function medianOfBins(bins: readonly { bin: number; n: number }[]): {
  value: number;
  approximate: boolean;
} {
  const sorted = [...bins].filter((b) => b.n > 0).sort((a, b) => a.bin - b.bin);
  const total = sorted.reduce((sum, b) => sum + b.n, 0);
  if (total === 0) return { value: 0, approximate: false };
  let approximate = false;
  const valueAt = (rank: number): number => {
    let before = 0;
    for (const { bin, n } of sorted) {
      if (rank < before + n) {
        const width = histogramBinWidth(bin);
        if (width === 1) return bin;
        approximate = true;
        if (width === null) return bin; // the open-ended last bin: its lower bound
        return bin + ((rank - before + 0.5) * width) / n - 0.5;
      }
      before += n;
    }
    return sorted.at(-1)!.bin;
  };
  const middle = (total - 1) / 2;
  const value = (valueAt(Math.floor(middle)) + valueAt(Math.ceil(middle))) / 2;
  return { value: Math.round(value * 100) / 100, approximate };
}
