import { getSettings } from "../admin/settings";
import { recordAudit } from "../audit/audit";
import { listDeliveries } from "../outbox/outbox";
import { supervisorProcedure, viewerProcedure } from "../trpc";
import { reportPreview, reportPreviewPath } from "./report-preview";
import { ReportRendererMissingError } from "./report-renderer";
import {
  createReportInput,
  deliveriesInput,
  deliveryViewSchema,
  previewOutput,
  reportIdInput,
  reportViewSchema,
  sendNowInput,
  sendNowOutput,
  updateReportInput,
} from "./report-router-schemas";
import { requestReportNow } from "./report-scheduler";
import {
  createReportSchedule,
  deleteReportSchedule,
  getReportSchedule,
  listReportSchedules,
  updateReportSchedule,
} from "./report-schedules";
import { deliveryView, reportView } from "./report-views";
import { reportSourceOfView } from "./saved-view-criteria";

const zoneOf = async (db: Parameters<typeof getSettings>[0]) => (await getSettings(db)).timeZone;

/** reports.list: every report with its next send time and latest delivery (viewer+: what goes out, and whether it did). */
export const listReportsProcedure = viewerProcedure
  .output(reportViewSchema.array())
  .query(async ({ ctx }) => {
    const [timeZone, schedules] = await Promise.all([zoneOf(ctx.db), listReportSchedules(ctx.db)]);
    const now = new Date();
    return Promise.all(schedules.map((s) => reportView(ctx.db, s, timeZone, now)));
  });

/** reports.get: one report (viewer+). */
export const getReportProcedure = viewerProcedure
  .input(reportIdInput)
  .output(reportViewSchema)
  .query(async ({ ctx, input }) =>
    reportView(ctx.db, await getReportSchedule(ctx.db, input.id), await zoneOf(ctx.db), new Date()),
  );

/** reports.deliveries: the report's delivery history, newest first, with attempts and errors (viewer+). */
export const reportDeliveriesProcedure = viewerProcedure
  .input(deliveriesInput)
  .output(deliveryViewSchema.array())
  .query(async ({ ctx, input }) => {
    await getReportSchedule(ctx.db, input.id); // an unknown report is a 404, not an empty history
    return (await listDeliveries(ctx.db, { reportId: input.id, kind: "report" }, input.limit)).map(
      deliveryView,
    );
  });

/** reports.create (supervisor+, audited). */
export const createReportProcedure = supervisorProcedure
  .input(createReportInput)
  .output(reportViewSchema)
  .mutation(async ({ ctx, input }) => {
    const { savedViewId, ...fields } = input;
    const source = savedViewId
      ? await reportSourceOfView(ctx.db, ctx.user.id, savedViewId)
      : { viewName: null, criteria: {} };
    const schedule = await createReportSchedule(ctx.db, { ...fields, ...source }, ctx.user.id);
    await recordAudit(ctx.db, {
      user: ctx.user,
      action: "report.create",
      detail: { reportId: schedule.id, ...auditFields(schedule) },
    });
    return reportView(ctx.db, schedule, await zoneOf(ctx.db), new Date());
  });

/** reports.update: replaces the report's fields; savedViewId left out keeps its source (supervisor+, audited). */
export const updateReportProcedure = supervisorProcedure
  .input(updateReportInput)
  .output(reportViewSchema)
  .mutation(async ({ ctx, input }) => {
    const { id, savedViewId, ...fields } = input;
    const before = await getReportSchedule(ctx.db, id);
    const source =
      savedViewId === undefined
        ? { viewName: before.viewName, criteria: before.criteria }
        : savedViewId === null
          ? { viewName: null, criteria: {} }
          : await reportSourceOfView(ctx.db, ctx.user.id, savedViewId);
    const schedule = await updateReportSchedule(ctx.db, id, { ...fields, ...source });
    await recordAudit(ctx.db, {
      user: ctx.user,
      action: "report.update",
      detail: { reportId: id, before: auditFields(before), after: auditFields(schedule) },
    });
    return reportView(ctx.db, schedule, await zoneOf(ctx.db), new Date());
  });

/** reports.delete: the report goes; its delivery history stays in the log (supervisor+, audited). */
export const deleteReportProcedure = supervisorProcedure
  .input(reportIdInput)
  .mutation(async ({ ctx, input }) => {
    const before = await getReportSchedule(ctx.db, input.id);
    await deleteReportSchedule(ctx.db, input.id);
    await recordAudit(ctx.db, {
      user: ctx.user,
      action: "report.delete",
      detail: { reportId: input.id, ...auditFields(before) },
    });
  });

/**
 * reports.sendNow: the latest finished period into the delivery log under its own key, sent by the same sender as
 * the scheduled mail (supervisor+, audited; the sender audits the send itself as report.send).
 */
export const sendReportNowProcedure = supervisorProcedure
  .input(sendNowInput)
  .output(sendNowOutput)
  .mutation(async ({ ctx, input }) => {
    const result = await requestReportNow(ctx.db, input.id, ctx.user.email, new Date(), input.requestId);
    if (result.queued) {
      await recordAudit(ctx.db, {
        user: ctx.user,
        action: "report.send_now",
        detail: { reportId: input.id, requestId: input.requestId, period: result.period },
      });
    }
    ctx.deliveries?.wake();
    return result;
  });

/** reports.preview: the report's HTML for its latest finished period, and the page that shows it (supervisor+). */
export const previewReportProcedure = supervisorProcedure
  .input(reportIdInput)
  .output(previewOutput)
  .query(async ({ ctx, input }) => {
    if (!ctx.renderReportHtml) throw new ReportRendererMissingError();
    const preview = await reportPreview(ctx, input.id, { renderHtml: ctx.renderReportHtml });
    return { html: preview.html, period: preview.period, url: reportPreviewPath(input.id) };
  });

/** What the audit trail keeps of a report (its recipients are who it goes to: worth recording). */
function auditFields(s: Awaited<ReturnType<typeof getReportSchedule>>) {
  return {
    name: s.name,
    viewName: s.viewName,
    period: s.period,
    weekday: s.weekday,
    monthDay: s.monthDay,
    sendMinute: s.sendMinute,
    recipients: s.recipients,
    locale: s.locale,
    attachment: s.attachment,
    enabled: s.enabled,
  };
}
