import { type CallFilter, type KpiSettings, loadReportData, reportPdf } from "@antdash/api";
import type { Database } from "@antdash/db";
import { renderReportHtml } from "@antdash/dashboard-ui/print";
import { writeFile } from "node:fs/promises";

/**
 * `pnpm cli report --format pdf`: the scheduled reports' PDF (same data functions, same print view of the
 * dashboard's components, same Chromium printing; no web server) for the flags' range, compared with the range of
 * equal length just before it.
 */
export async function writeReportPdf(
  db: Database,
  filter: CallFilter,
  opts: {
    out: string;
    locale: "vi" | "en";
    timeZone: string;
    chromiumPath: string | undefined;
    kpi: KpiSettings;
  },
): Promise<void> {
  const { from, to, ...criteria } = filter;
  // The filter's `to` is inclusive; the report's period is [from, to + 1 ms).
  const period = { from, to: new Date(to.getTime() + 1) };
  const length = period.to.getTime() - period.from.getTime();
  const data = await loadReportData(db, {
    title: "pnpm cli report",
    viewName: null,
    criteria,
    locale: opts.locale,
    timeZone: opts.timeZone,
    period,
    previousPeriod: { from: new Date(from.getTime() - length), to: from },
    kpi: opts.kpi,
  });
  await writeFile(opts.out, await reportPdf(data, renderReportHtml, opts.chromiumPath));
}
