import type { Database } from "@antdash/db";
import { PassThrough, Readable } from "node:stream";
import { type AuditActor, recordAudit } from "../audit/audit";
import { requireRole } from "../auth/require-role";
import type { CallFilter } from "../calls/call-filter";
import type { CaseFilter } from "../callbacks/callback-schemas";
import type { ApiContext } from "../context";
import type { LabelLocale } from "../labels/call-labels";
import { exportCalls, type ExportFormat } from "./export-calls";
import { exportCases } from "./export-cases";
import { exportSummary } from "./export-summary";
import { localTimeFormatter } from "./local-time";

export type ExportKind = "calls" | "summary";

export interface ExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  filter: CallFilter;
  /**
   * The language of headers and values; null for machine keys. When absent: the user's language for XLSX (a sheet
   * to read), machine keys for CSV (a file for scripts).
   */
  labels?: LabelLocale | null;
}

export interface ExportResponse {
  headers: { "Content-Type": string; "Content-Disposition": string; "Cache-Control": "no-store" };
  body: ReadableStream<Uint8Array>;
  /** Settles when the last byte was written (rows written), or with the error that cut the download short. */
  done: Promise<{ rows: number }>;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * A download of the filtered calls or of their summary for the web app's export route (supervisor+): audited with
 * its filter, then streamed as the rows are read, so memory stays flat for a million rows. Cancelling the body
 * (the browser went away) stops the export and settles `done` (rejected), as does a failure of the writer.
 */
export async function openExport(
  ctx: Pick<ApiContext, "db" | "user" | "timeZone" | "kpi">,
  request: ExportRequest,
): Promise<ExportResponse> {
  const user = requireRole(ctx.user, "supervisor");
  await recordExport(ctx.db, { user }, request);
  const labels =
    request.labels === undefined
      ? request.format === "xlsx"
        ? user.locale
        : undefined
      : (request.labels ?? undefined);
  const write = request.kind === "calls" ? exportCalls : exportSummary;
  return streamExport(
    (output, signal) =>
      write(ctx.db, request.filter, output, {
        format: request.format,
        timeZone: ctx.timeZone,
        kpi: ctx.kpi,
        labels,
        signal,
      }),
    request.format,
    exportFileName(request.kind, request.filter, ctx.timeZone, request.format),
  );
}

/** A download of the call-back worklist for the filter (supervisor+), audited like every export (kind "callbacks"). */
export async function openCallbackExport(
  ctx: Pick<ApiContext, "db" | "user" | "timeZone">,
  request: { format: ExportFormat; filter: CaseFilter },
): Promise<ExportResponse> {
  await recordAudit(ctx.db, {
    user: requireRole(ctx.user, "supervisor"),
    action: "export",
    detail: { kind: "callbacks", format: request.format, filter: request.filter },
  });
  return streamExport(
    (output, signal) =>
      exportCases(ctx.db, request.filter, output, { format: request.format, timeZone: ctx.timeZone, signal }),
    request.format,
    exportFileName("callbacks", request.filter, ctx.timeZone, request.format),
  );
}

/** Streams what `write` writes as the response body; cancelling the body (the browser went away) aborts it. */
function streamExport(
  write: (output: PassThrough, signal: AbortSignal) => Promise<{ rows: number }>,
  format: ExportFormat,
  fileName: string,
): ExportResponse {
  const abort = new AbortController();
  const output = new PassThrough();
  output.once("close", () => {
    if (!output.writableFinished) abort.abort(new Error("the download was cancelled"));
  });
  // Settles on abort even if a writer were stuck waiting: whoever holds a slot for this download gets it back.
  const aborted = new Promise<never>((_, reject) =>
    abort.signal.addEventListener("abort", () => reject(abort.signal.reason as Error), { once: true }),
  );
  aborted.catch(() => undefined);
  const written = write(output, abort.signal);
  written.catch(() => undefined);
  const done = Promise.race([written, aborted]).then(
    (result) => {
      if (!output.writableEnded) output.end();
      return result;
    },
    (error: unknown) => {
      output.destroy(error instanceof Error ? error : new Error(String(error)));
      throw error;
    },
  );
  // Callers that only stream the body learn of failures through it; keep the rejection from going unhandled.
  done.catch(() => undefined);
  return {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
    body: Readable.toWeb(output) as ReadableStream<Uint8Array>,
    done,
  };
}

/** The audit trail's record of an export, the same from the web and from `pnpm cli export`: who, what, which filter. */
export async function recordExport(db: Database, actor: AuditActor, request: ExportRequest): Promise<void> {
  await recordAudit(db, {
    ...actor,
    action: "export",
    detail: { kind: request.kind, format: request.format, filter: request.filter },
  });
}

function exportFileName(
  kind: string,
  range: { from: Date; to: Date },
  timeZone: string,
  format: ExportFormat,
): string {
  const day = (d: Date) => localTimeFormatter(timeZone)(d).slice(0, 10).replaceAll("-", "");
  return `${kind}-${day(range.from)}-${day(range.to)}.${format}`;
}
