import type { Database } from "@antdash/db";
import { randomUUID } from "node:crypto";
import { getSettings } from "../admin/settings";
import { enqueueDelivery } from "../outbox/outbox";
import { latestDuePeriod } from "./report-period";
import { getReportSchedule, listReportSchedules, type ReportSchedule } from "./report-schedules";
import { latestPeriodOf } from "./report-document";

/** The delivery log's key of one report's scheduled send for one period: unique, so it is enqueued once. */
const scheduledKey = (schedule: Pick<ReportSchedule, "id" | "period">, periodKey: string) =>
  `report:${schedule.id}:${schedule.period}:${periodKey}`;

/**
 * Adds to the delivery log every enabled report whose latest period fell due by `now` (and after the report was
 * created or last changed, so a new report does not mail a period that ended before it existed). Any number of
 * processes may call this at once: the unique key keeps one row per report and period.
 */
export async function enqueueDueReports(db: Database, now: Date): Promise<number> {
  const { timeZone } = await getSettings(db);
  let added = 0;
  for (const schedule of await listReportSchedules(db, { enabledOnly: true })) {
    const period = latestDuePeriod(schedule, now, timeZone);
    if (period.sendAt.getTime() < schedule.updatedAt.getTime()) continue;
    const created = await enqueueDelivery(db, {
      dedupeKey: scheduledKey(schedule, period.key),
      kind: "report",
      channel: "email",
      reportId: schedule.id,
      periodFrom: period.from,
      periodTo: period.to,
      requestedBy: "schedule",
      notBefore: period.sendAt,
    });
    if (created) added++;
  }
  return added;
}

/** The delivery log's key of one "send now" press: the client's request id makes a repeated request enqueue once. */
const sendNowKey = (reportId: string, requestId: string) => `report:${reportId}:now:${requestId}`;

/**
 * "Send now": the latest finished period, at once, whatever was sent before. Its key is distinct from the scheduled
 * one (the period's scheduled mail still goes out); `requestId` (one per press) keeps a retried request to one mail.
 * Returns whether this call added it.
 */
export async function requestReportNow(
  db: Database,
  reportId: string,
  requestedBy: string,
  now: Date,
  requestId: string = randomUUID(),
): Promise<{ queued: boolean; period: { from: Date; to: Date } }> {
  const schedule = await getReportSchedule(db, reportId);
  const period = await latestPeriodOf(db, schedule, now);
  const queued = await enqueueDelivery(db, {
    dedupeKey: sendNowKey(schedule.id, requestId),
    kind: "report",
    channel: "email",
    reportId: schedule.id,
    periodFrom: period.from,
    periodTo: period.to,
    requestedBy,
    notBefore: now,
  });
  return { queued, period: { from: period.from, to: period.to } };
}
