import type { Database } from "@antdash/db";
import type { Writable } from "node:stream";
import type { CallFilter } from "../calls/call-filter";
import { iterateCalls } from "./call-rows";
import { exportColumns } from "./columns";
import { localTimeFormatter } from "./local-time";
import { writeColumns } from "./write-table";

export type ExportFormat = "csv" | "xlsx";

export interface ExportOptions {
  format: ExportFormat;
  timeZone: string;
  signal?: AbortSignal;
}

/**
 * Streams the filtered call list to `output` (a file, stdout or an HTTP response) and resolves with the row count.
 * CSV is UTF-8 with a BOM so Excel shows Vietnamese names correctly; text that a spreadsheet could run as a formula
 * is neutralized. Rejects, without waiting any longer, once `signal` aborts (the reader went away).
 */
export async function exportCalls(
  db: Database,
  filter: CallFilter,
  output: Writable,
  options: ExportOptions,
): Promise<{ rows: number }> {
  const columns = exportColumns(localTimeFormatter(options.timeZone), options.timeZone);
  const table = { format: options.format, sheet: "Calls", signal: options.signal };
  return writeColumns(output, table, columns, iterateCalls(db, filter));
}
