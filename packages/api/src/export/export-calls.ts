import type { Database } from "@antdash/db";
import type { Writable } from "node:stream";
import type { CallFilter } from "../calls/call-filter";
import type { LabelLocale } from "../labels/call-labels";
import { iterateCalls } from "./call-rows";
import { callColumns } from "./call-columns";
import { EXPORT_WORDS } from "./export-words";
import { writeColumns } from "./write-table";

export type ExportFormat = "csv" | "xlsx";

export interface ExportOptions {
  format: ExportFormat;
  timeZone: string;
  /** Headers and values in this language (machine values kept in columns of their own); machine keys when absent. */
  labels?: LabelLocale;
  signal?: AbortSignal;
}

/**
 * Streams the filtered call list to `output` (a file, stdout or an HTTP response) and resolves with the row count.
 * CSV is UTF-8 with a BOM so Excel shows Vietnamese names correctly; text that a spreadsheet could run as a formula
 * is neutralized. XLSX holds the time as a date-time cell in the zone and each duration twice (seconds, `[h]:mm:ss`);
 * `labels` names headers and values as the pages do (call-columns.ts). Rejects, without waiting any longer, once
 * `signal` aborts (the reader went away).
 */
export async function exportCalls(
  db: Database,
  filter: CallFilter,
  output: Writable,
  options: ExportOptions,
): Promise<{ rows: number }> {
  const columns = callColumns(options);
  const sheet = options.labels ? EXPORT_WORDS[options.labels].sheets.calls : "Calls";
  const table = { format: options.format, sheet, signal: options.signal };
  return writeColumns(output, table, columns, iterateCalls(db, filter));
}
