import type { Database } from "@antdash/db";
import { getSettings } from "../admin/settings";
import { recordAudit } from "../audit/audit";
import { localTimeFormatter } from "../export/local-time";
import { nextAttemptAt } from "../outbox/backoff";
import { type Mailer, messageIdFor, PermanentMailError } from "../outbox/mailer";
import {
  claimDueDelivery,
  type DeliveryRow,
  markDeliveryFailed,
  markDeliverySent,
  postponeDelivery,
} from "../outbox/outbox";
import { callListFor, DEFAULT_ATTACHMENT_LIMIT_BYTES, type LinkSigner } from "./report-attachment";
import { reportDataFor, reportPdf } from "./report-document";
import { periodLabel } from "./report-period-label";
import type { RenderReportHtml } from "./report-renderer";
import { getReportSchedule, ReportNotFoundError } from "./report-schedules";
import { fill, reportStrings } from "./report-strings";
import { periodSynced } from "./sync-completeness";

export interface ReportSenderOptions {
  db: Database;
  /** null when SMTP_URL is not set: reports wait in the outbox (shown on their page) until it is. */
  mailer: Mailer | null;
  /** This process, in the delivery log's lease ("host:pid:random"). */
  owner: string;
  now?: () => Date;
  /** How long a claim is held; longer than rendering and sending one report takes. */
  leaseMs?: number;
  /** The longest a scheduled report waits for its period's data to be synced before it goes out marked incomplete. */
  maxSyncWaitMs?: number;
  /** The report's document (the dashboard's print view), printed to the PDF by Chromium. */
  renderHtml: RenderReportHtml;
  chromiumPath?: string;
  attachmentLimitBytes?: number;
  linkSigner?: LinkSigner | null;
  retryBaseMs?: number;
  log?: (line: string) => void;
}

const DEFAULT_REPORT_LEASE_MS = 5 * 60_000;
const DEFAULT_MAX_SYNC_WAIT_MS = 2 * 3_600_000;
/** How often a report waiting for the sync looks again. */
const SYNC_WAIT_POLL_MS = 60_000;

/** Sends every report delivery that is due, one at a time; returns how many were handled. */
export async function sendDueReports(opts: ReportSenderOptions, max = 20): Promise<number> {
  let handled = 0;
  const now = opts.now ?? (() => new Date());
  while (handled < max) {
    if (!opts.mailer) return handled;
    const row = await claimDueDelivery(opts.db, {
      owner: opts.owner,
      now: now(),
      leaseMs: opts.leaseMs ?? DEFAULT_REPORT_LEASE_MS,
      kind: "report",
    });
    if (!row) return handled;
    await sendOneReport(opts, opts.mailer, row);
    handled++;
  }
  return handled;
}

async function sendOneReport(opts: ReportSenderOptions, mailer: Mailer, row: DeliveryRow): Promise<void> {
  const { db } = opts;
  const now = opts.now?.() ?? new Date();
  const owner = opts.owner;
  try {
    const schedule = await getReportSchedule(db, row.reportId!);
    const period = { from: row.periodFrom!, to: row.periodTo! };
    const synced = await periodSynced(db, period.to);
    // "Send now" never waits; a scheduled report waits for the sync, up to maxSyncWaitMs after it fell due.
    const scheduled = row.requestedBy === "schedule";
    const waitUntil = row.createdAt.getTime() + (opts.maxSyncWaitMs ?? DEFAULT_MAX_SYNC_WAIT_MS);
    if (!synced && scheduled && now.getTime() < waitUntil) {
      const until = new Date(Math.min(waitUntil, now.getTime() + SYNC_WAIT_POLL_MS));
      await postponeDelivery(db, {
        id: row.id,
        owner,
        until,
        reason: "waiting for the period's data to be synced",
      });
      return;
    }
    const { timeZone } = await getSettings(db);
    const data = await reportDataFor(db, schedule, period, { incomplete: !synced, now });
    const pdf = await reportPdf(data, opts.renderHtml, opts.chromiumPath);
    const list = await callListFor(db, schedule, period, {
      timeZone,
      limitBytes: opts.attachmentLimitBytes ?? DEFAULT_ATTACHMENT_LIMIT_BYTES,
      signer: opts.linkSigner ?? null,
      now,
    });
    const t = reportStrings(schedule.locale);
    const label = periodLabel(period, timeZone);
    const lines = [fill(t.mailIntro, { name: schedule.name, period: label })];
    if (!synced) lines.push(t.incomplete);
    if (list.kind === "attached") lines.push(t.attachedList);
    if (list.kind === "linked")
      lines.push(fill(t.linkedList, { until: localTimeFormatter(timeZone)(list.expires) }), list.url);
    const day = period.from.toISOString().slice(0, 10);
    const result = await mailer.send({
      to: schedule.recipients,
      subject: `${t.report}: ${schedule.name} (${label})${synced ? "" : ` [${t.incomplete.split(":")[0]}]`}`,
      text: lines.join("\n\n"),
      attachments: [
        { filename: `report-${day}.pdf`, content: pdf, contentType: "application/pdf" },
        ...(list.kind === "attached" ? [list.attachment] : []),
      ],
      messageId: messageIdFor(row.id, mailer.from),
    });
    const note = result.rejected.length ? `refused by the mail server: ${result.rejected.join(", ")}` : null;
    const kept = await markDeliverySent(db, {
      id: row.id,
      owner,
      at: now,
      messageId: result.messageId,
      incomplete: !synced,
      note,
    });
    if (!kept) opts.log?.(`report ${schedule.id}: lease lost while sending ${row.dedupeKey}`);
    await recordAudit(db, {
      user: null,
      action: "report.send",
      detail: {
        reportId: schedule.id,
        deliveryId: row.id,
        period: { from: period.from, to: period.to },
        recipients: schedule.recipients,
        rejected: result.rejected,
        incomplete: !synced,
        requestedBy: row.requestedBy,
        callList: list.kind,
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : "unknown error";
    const permanent = error instanceof PermanentMailError || error instanceof ReportNotFoundError;
    const retryAt = nextAttemptAt(now, row.attempts, {
      permanent,
      ...(opts.retryBaseMs !== undefined && { baseMs: opts.retryBaseMs }),
    });
    await markDeliveryFailed(db, { id: row.id, owner, error: message, retryAt });
    opts.log?.(`report delivery ${row.dedupeKey} failed (attempt ${row.attempts}): ${message}`);
  }
}
