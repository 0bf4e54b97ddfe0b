import type { Database } from "@antdash/db";
import { PassThrough } from "node:stream";
import { exportCalls } from "../export/export-calls";
import type { MailAttachment } from "../outbox/mailer";
import { signDownload } from "./download-link";
import { periodFilter } from "./report-data";
import type { ReportSchedule } from "./report-schedules";

/** Above this size the call list is linked, not attached (mail servers commonly refuse 10-25 MB). */
export const DEFAULT_ATTACHMENT_LIMIT_BYTES = 8 * 1024 * 1024;
/** How long a download link works. */
const DOWNLOAD_LINK_TTL_MS = 7 * 86_400_000;

export interface LinkSigner {
  /** The dashboard's public origin, e.g. https://calls.example.com */
  publicUrl: string;
  secret: string;
}

export type CallListDelivery =
  | { kind: "none" }
  | { kind: "attached"; attachment: MailAttachment }
  | { kind: "linked"; url: string; expires: Date }
  /** Too large and no public URL to link to: the mail says so. */
  | { kind: "too_large"; bytes: number };

/** The period's call list as the report asks: attached when small, else a signed, expiring link. */
export async function callListFor(
  db: Database,
  schedule: ReportSchedule,
  period: { from: Date; to: Date },
  opts: { timeZone: string; limitBytes: number; signer: LinkSigner | null; now: Date },
): Promise<CallListDelivery> {
  if (schedule.attachment === "none") return { kind: "none" };
  const format = schedule.attachment;
  const chunks: Buffer[] = [];
  let bytes = 0;
  let overLimit = false;
  const sink = new PassThrough();
  sink.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > opts.limitBytes) overLimit = true;
    // Keep counting but stop holding bytes once it will not be attached.
    if (!overLimit) chunks.push(chunk);
  });
  await exportCalls(db, periodFilter(schedule.criteria, period), sink, { format, timeZone: opts.timeZone });
  sink.end();
  const day = period.from.toISOString().slice(0, 10);
  if (!overLimit) {
    return {
      kind: "attached",
      attachment: {
        filename: `calls-${day}.${format}`,
        content: Buffer.concat(chunks),
        contentType:
          format === "csv"
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    };
  }
  if (!opts.signer) return { kind: "too_large", bytes };
  const expires = opts.now.getTime() + DOWNLOAD_LINK_TTL_MS;
  const token = signDownload(
    { reportId: schedule.id, from: period.from.toISOString(), to: period.to.toISOString(), format, expires },
    opts.signer.secret,
  );
  const url = new URL(
    `/api/reports/download?token=${encodeURIComponent(token)}`,
    opts.signer.publicUrl,
  ).toString();
  return { kind: "linked", url, expires: new Date(expires) };
}
