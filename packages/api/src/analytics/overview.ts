import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { analyzePeriods, type CallSummary, rollupPlanFor } from "./summary";
import type { Breakdowns } from "./breakdowns";
import type { KpiThresholds } from "./kpis";
import { callTimeSeries, defaultBucket, type TimeBucket, type TimeSeries } from "./time-series";
import { previousPeriod } from "./time-range";

/** Everything the dashboard's first paint needs, in one call. */
export interface CallOverview {
  summary: CallSummary;
  /** The same criteria over the period of equal length just before (for the KPI cards' deltas). */
  previous: CallSummary;
  breakdowns: Breakdowns;
  timeSeries: TimeSeries;
}

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
