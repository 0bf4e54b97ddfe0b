import type { Database } from "@antdash/db";
import { getSettings } from "../admin/settings";
import { latestDuePeriod, previousRange, type ReportPeriod } from "./report-period";
import { loadReportData, type ReportData } from "./report-data";
import { renderPdf } from "./report-pdf";
import type { RenderReportHtml } from "./report-renderer";
import type { ReportSchedule } from "./report-schedules";

/** The data of one report for one period (the previous period of the same kind is the comparison). */
export async function reportDataFor(
  db: Database,
  schedule: ReportSchedule,
  period: { from: Date; to: Date },
  opts: { incomplete?: boolean; now?: Date } = {},
): Promise<ReportData> {
  const { timeZone, kpi } = await getSettings(db);
  return loadReportData(db, {
    kpi,
    title: schedule.name,
    viewName: schedule.viewName,
    criteria: schedule.criteria,
    locale: schedule.locale,
    timeZone,
    period,
    previousPeriod: previousRange(schedule.period, period, timeZone),
    incomplete: opts.incomplete ?? false,
    ...(opts.now && { now: opts.now }),
  });
}

/** The period a preview or "send now" shows: the latest finished one. */
export async function latestPeriodOf(
  db: Database,
  schedule: ReportSchedule,
  now: Date,
): Promise<ReportPeriod> {
  const { timeZone } = await getSettings(db);
  return latestDuePeriod(schedule, now, timeZone);
}

/** The report's PDF: the renderer's document printed by Chromium. */
export async function reportPdf(
  data: ReportData,
  renderHtml: RenderReportHtml,
  chromiumPath?: string,
): Promise<Buffer> {
  return renderPdf(await renderHtml(data), { locale: data.locale, ...(chromiumPath && { chromiumPath }) });
}
