import { requireRole } from "../auth/require-role";
import type { ApiContext } from "../context";
import { latestPeriodOf, reportDataFor, reportPdf } from "./report-document";
import type { RenderReportHtml } from "./report-renderer";
import { getReportSchedule } from "./report-schedules";

/** Where the web app serves a report's preview (HTML; ?format=pdf for the PDF). */
export const reportPreviewPath = (id: string) => `/api/reports/${encodeURIComponent(id)}/preview`;

/**
 * The report as it would be mailed now: its latest finished period, rendered to the same HTML the PDF is printed
 * from (supervisor+). `styleNonce` lets the page's Content-Security-Policy accept the document's one style element.
 */
export async function reportPreview(
  ctx: Pick<ApiContext, "db" | "user">,
  id: string,
  opts: { renderHtml: RenderReportHtml; now?: Date; styleNonce?: string },
) {
  requireRole(ctx.user, "supervisor");
  const now = opts.now ?? new Date();
  const schedule = await getReportSchedule(ctx.db, id);
  const period = await latestPeriodOf(ctx.db, schedule, now);
  const data = await reportDataFor(ctx.db, schedule, period, { now });
  return {
    schedule,
    data,
    period: { from: period.from, to: period.to },
    html: await opts.renderHtml(data, opts.styleNonce ? { styleNonce: opts.styleNonce } : {}),
  };
}

/** The report's PDF for its latest finished period, as the mail would carry it (supervisor+). */
export async function reportPreviewPdf(
  ctx: Pick<ApiContext, "db" | "user">,
  id: string,
  opts: { renderHtml: RenderReportHtml; now?: Date; chromiumPath?: string },
): Promise<{ pdf: Buffer; filename: string }> {
  const { renderHtml } = opts;
  const { data, period } = await reportPreview(ctx, id, { renderHtml, ...(opts.now && { now: opts.now }) });
  return {
    pdf: await reportPdf(data, renderHtml, opts.chromiumPath),
    filename: `report-${period.from.toISOString().slice(0, 10)}.pdf`,
  };
}
