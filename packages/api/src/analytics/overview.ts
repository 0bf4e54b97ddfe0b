import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { withNumberSearchResolved } from "../calls/matched-calls";
import { analyzeResolvedPeriods, rollupPlanFor } from "./summary";
import { DEFAULT_KPI_SETTINGS } from "../admin/settings";
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
  // One plan for both periods and the series: the rollup zone and the day/month bounds in a single round trip.
  const plan = await rollupPlanFor(db, periods);
  // A number search finds its calls once for every statement below.
  return withNumberSearchResolved(db, periods, async (db, [current, previous]) => {
    const [[analysis, before], timeSeries] = await Promise.all([
      analyzeResolvedPeriods(db, [current!, previous!], plan, options.kpi ?? DEFAULT_KPI_SETTINGS),
      callTimeSeries(
        db,
        current!,
        { timeZone: options.timeZone, bucket: options.bucket ?? defaultBucket(filter) },
        plan,
      ),
    ]);
    return {
      summary: analysis!.summary,
      previous: before!.summary,
      breakdowns: analysis!.breakdowns,
      timeSeries,
    };
  });
}
