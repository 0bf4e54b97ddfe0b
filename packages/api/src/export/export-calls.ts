import type { Database } from "@antdash/db";
import type { Writable } from "node:stream";
import type { CallFilter } from "../calls/call-filter";
import { iterateCalls } from "./call-rows";
import { exportColumns } from "./columns";
import { localTimeFormatter } from "./local-time";
import { writeTable } from "./write-table";

export type ExportFormat = "csv" | "xlsx";

export interface ExportOptions {
  format: ExportFormat;
  timeZone: string;
  signal?: AbortSignal;
}

/**
 * Streams the filtered call list to `output` (a file, stdout or an HTTP response) and resolves with the row count.
 * CSV is UTF-8 with a BOM so Excel shows Vietnamese names correctly.
 */
export async function exportCalls(
  db: Database,
  filter: CallFilter,
  output: Writable,
  options: ExportOptions,
): Promise<{ rows: number }> {
  const columns = exportColumns(localTimeFormatter(options.timeZone), options.timeZone);
  async function* cells() {
    for await (const batch of iterateCalls(db, filter))
      yield batch.map((call) => columns.map((c) => c.cell(call)));
  }
  return writeTable(
    output,
    {
      format: options.format,
      sheet: "Calls",
      headers: columns.map((c) => c.header),
      widths: columns.map((c) => Math.max(12, c.header.length + 2)),
      signal: options.signal,
    },
    cells(),
  );
}
