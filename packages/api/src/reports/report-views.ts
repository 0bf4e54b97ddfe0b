import type { Database } from "@antdash/db";
import { listDeliveries, type DeliveryRow } from "../outbox/outbox";
import { nextSendAt } from "./report-next-send";
import type { DeliveryView, ReportView } from "./report-router-schemas";
import type { ReportSchedule } from "./report-schedules";

/** A delivery as the report's page shows it (no lease owner, no Message-ID). */
export function deliveryView(row: DeliveryRow): DeliveryView {
  return {
    id: row.id,
    requestedBy: row.requestedBy,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    state: row.state,
    attempts: row.attempts,
    lastError: row.lastError,
    incomplete: row.incomplete,
    nextAttemptAt: row.nextAttemptAt,
    sentAt: row.sentAt,
    createdAt: row.createdAt,
  };
}

/** A report with its next send time and its latest delivery (whatever its state). */
export async function reportView(
  db: Database,
  schedule: ReportSchedule,
  timeZone: string,
  now: Date,
): Promise<ReportView> {
  const [last] = await listDeliveries(db, { reportId: schedule.id, kind: "report" }, 1);
  return {
    id: schedule.id,
    name: schedule.name,
    viewName: schedule.viewName,
    criteria: schedule.criteria,
    period: schedule.period,
    weekday: schedule.weekday,
    monthDay: schedule.monthDay,
    sendMinute: schedule.sendMinute,
    recipients: schedule.recipients,
    locale: schedule.locale,
    attachment: schedule.attachment,
    enabled: schedule.enabled,
    createdAt: schedule.createdAt,
    updatedAt: schedule.updatedAt,
    nextSendAt: schedule.enabled ? nextSendAt(schedule, now, timeZone) : null,
    lastDelivery: last ? deliveryView(last) : null,
  };
}
