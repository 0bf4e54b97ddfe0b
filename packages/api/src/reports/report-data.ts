import type { Database } from "@antdash/db";
import type { Locale } from "../auth/locales";
import { parseCallFilter, type CallFilter } from "../calls/call-filter";
import { analyzePeriods, rollupPlanFor, type PeriodAnalysis } from "../analytics/summary";
import type { KpiThresholds } from "../analytics/kpis";
import type { TimeSeries } from "../analytics/output-schemas";
import { callTimeSeries } from "../analytics/time-series";
import { DEFAULT_KPI_SETTINGS, type KpiSettings } from "../admin/settings";
import { callbackBacklog, type CallbackBacklog } from "./callback-backlog";
import type { ReportCriteria } from "./report-schedules";

/** Everything the report's PDF shows, read with the dashboard's own analytics functions. */
export interface ReportData {
  title: string;
  viewName: string | null;
  /** The filter the report reads (the saved view's; {} = all calls), printed in words. */
  criteria: ReportCriteria;
  locale: Locale;
  timeZone: string;
  /** [from, to) of the period and of the one before it. */
  period: { from: Date; to: Date };
  previousPeriod: { from: Date; to: Date };
  current: PeriodAnalysis;
  previous: PeriodAnalysis;
  series: TimeSeries;
  backlog: CallbackBacklog;
  /** The KPI thresholds the numbers were computed with, and the service level's target. */
  kpi: KpiSettings;
  /** Sent before the period's data was fully synced. */
  incomplete: boolean;
  generatedAt: Date;
}

/** The filter of [from, to) with these criteria (the API's filter is inclusive: to - 1 ms). */
export function periodFilter(criteria: ReportCriteria, range: { from: Date; to: Date }): CallFilter {
  return parseCallFilter({ ...criteria, from: range.from, to: new Date(range.to.getTime() - 1) });
}

export async function loadReportData(
  db: Database,
  input: Pick<
    ReportData,
    "title" | "viewName" | "criteria" | "locale" | "timeZone" | "period" | "previousPeriod"
  > & {
    incomplete?: boolean;
    now?: Date;
    /** The KPI thresholds (the admin settings' kpi); the analytics' defaults when not given. */
    kpi?: KpiThresholds & Partial<KpiSettings>;
  },
): Promise<ReportData> {
  const filters = [
    periodFilter(input.criteria, input.period),
    periodFilter(input.criteria, input.previousPeriod),
  ];
  const plan = await rollupPlanFor(db, filters);
  const days = (input.period.to.getTime() - input.period.from.getTime()) / 86_400_000;
  const [[current, previous], series, backlog] = await Promise.all([
    analyzePeriods(db, filters, plan, input.kpi),
    callTimeSeries(db, filters[0]!, { timeZone: input.timeZone, bucket: days <= 1.5 ? "hour" : "day" }),
    callbackBacklog(db, { at: new Date(input.period.to.getTime() - 1) }),
  ]);
  return {
    title: input.title,
    viewName: input.viewName,
    criteria: input.criteria,
    locale: input.locale,
    timeZone: input.timeZone,
    period: input.period,
    previousPeriod: input.previousPeriod,
    current: current!,
    previous: previous!,
    series,
    backlog,
    kpi: { ...DEFAULT_KPI_SETTINGS, ...input.kpi },
    incomplete: input.incomplete ?? false,
    generatedAt: input.now ?? new Date(),
  };
}
