import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { analyzePeriods, rollupPlanFor } from "./summary";
import type { KpiThresholds } from "./kpis";
import type { CallOverview } from "./output-schemas";
import { callTimeSeries, defaultBucket, type TimeBucket } from "./time-series";
import { previousPeriod } from "./time-range";

export async function callOverview(
  db: Database,
  filter: CallFilter,
  options: { timeZone: string; bucket?: TimeBucket; kpi?: KpiThresholds },
): Promise<CallOverview> {
  const previous = previousPeriod(filter);
  // One plan for both periods and the series: the rollup zone and the day/month bounds in a single round trip.
  const plan = await rollupPlanFor(db, [filter, previous]);
  const [[current, before], timeSeries] = await Promise.all([
    analyzePeriods(db, [filter, previous], plan, options.kpi),
    callTimeSeries(
      db,
      filter,
      { timeZone: options.timeZone, bucket: options.bucket ?? defaultBucket(filter) },
      plan,
    ),
  ]);
  return {
    summary: current!.summary,
    previous: before!.summary,
    breakdowns: current!.breakdowns,
    timeSeries,
  };
}
