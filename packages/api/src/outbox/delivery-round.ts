import type { Database } from "@antdash/db";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { sendDueAlerts } from "../alerts/alert-sender";
import { evaluateAlerts } from "../alerts/evaluate-alerts";
import type { LinkSigner } from "../reports/report-attachment";
import type { RenderReportHtml } from "../reports/report-renderer";
import { enqueueDueReports } from "../reports/report-scheduler";
import { sendDueReports } from "../reports/report-sender";
import type { Mailer } from "./mailer";

/** This process in the delivery log's leases, "<role>:host:pid:random", e.g. "cli:…" or "web:…". */
export function deliveryOwner(role: string): string {
  return `${role}:${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

export interface DeliveryRoundOptions {
  db: Database;
  /** null without SMTP_URL / MAIL_FROM: reports wait in the delivery log, alert e-mails fail and retry. */
  mailer: Mailer | null;
  owner: string;
  renderHtml: RenderReportHtml;
  chromiumPath?: string;
  /** How long a report's claim is held (the report sender's default when absent); alerts keep their own. */
  reportLeaseMs?: number;
  /** The dashboard's public origin, for the link in alert messages. */
  publicUrl?: string;
  linkSigner?: LinkSigner | null;
  alertLog?: (line: string) => void;
  reportLog?: (line: string) => void;
}

/**
 * One round of the delivery loop, as the web servers and `pnpm cli deliver` run it: evaluates the alert rules
 * and sends their notifications, then enqueues the reports whose period fell due and sends those due. Returns
 * how many report deliveries were handled.
 */
export async function runDeliveryRound(opts: DeliveryRoundOptions): Promise<number> {
  const { db, mailer, owner } = opts;
  // Alert rules read the cache as the sync leaves it; their transitions are recorded once across instances.
  await evaluateAlerts(db, new Date());
  await sendDueAlerts({ db, mailer, owner, publicUrl: opts.publicUrl, log: opts.alertLog });
  await enqueueDueReports(db, new Date());
  return sendDueReports({
    db,
    mailer,
    owner,
    leaseMs: opts.reportLeaseMs,
    renderHtml: opts.renderHtml,
    chromiumPath: opts.chromiumPath,
    linkSigner: opts.linkSigner,
    log: opts.reportLog,
  });
}
