import type { Database } from "@antdash/db";
import { PassThrough, Readable } from "node:stream";
import { recordAudit } from "../audit/audit";
import { exportCalls } from "../export/export-calls";
import { verifyDownload } from "./download-link";
import { periodFilter } from "./report-data";
import { getReportSchedule } from "./report-schedules";

/**
 * The call list behind a report mail's signed download link (too large to attach): no sign-in, the token is the
 * grant (one report's criteria, one period, one format, until it expires). null when the token is not valid.
 */
export async function openReportDownload(
  db: Database,
  token: string,
  opts: { secret: string; timeZone: string; now?: number },
): Promise<{ body: ReadableStream<Uint8Array>; filename: string; format: "csv" | "xlsx" } | null> {
  const grant = verifyDownload(token, opts.secret, opts.now);
  if (!grant) return null;
  const schedule = await getReportSchedule(db, grant.reportId);
  const period = { from: new Date(grant.from), to: new Date(grant.to) };
  await recordAudit(db, {
    user: null,
    action: "export",
    detail: { kind: "calls", format: grant.format, via: "report link", reportId: schedule.id, period },
  });
  const output = new PassThrough();
  exportCalls(db, periodFilter(schedule.criteria, period), output, {
    format: grant.format,
    timeZone: opts.timeZone,
  }).then(
    () => output.end(),
    (error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return {
    body: Readable.toWeb(output) as ReadableStream<Uint8Array>,
    filename: `calls-${grant.from.slice(0, 10)}.${grant.format}`,
    format: grant.format,
  };
}
