import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { resolveNumberSearch } from "../calls/matched-calls";
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
  const periods = [filter, previousPeriod(filter)];
  // One plan for both periods and the series: the rollup zone and the day/month bounds in a single round trip. A
  // number search finds its calls once for every statement below.
  const [plan, [resolved, previous]] = await Promise.all([
    rollupPlanFor(db, periods),
    resolveNumberSearch(db, periods),
  ]);
  const [[current, before], timeSeries] = await Promise.all([
    analyzePeriods(db, [resolved!, previous!], plan, options.kpi),
    callTimeSeries(
      db,
      resolved!,
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
