import type { Database } from "@antdash/db";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { CallFilter } from "../calls/call-filter";
import { iterateCalls } from "./call-rows";
import { exportColumns } from "./columns";
import { localTimeFormatter } from "./local-time";
import { neutralizeRow } from "./spreadsheet-cell";
import { pipeCsv } from "./csv-writer";
import { writeXlsx } from "./xlsx-stream";

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
  let rows = 0;
  if (options.format === "csv") {
    const signal = options.signal;
    const csv = pipeCsv(output, columns.map((c) => c.header));
    try {
      for await (const batch of iterateCalls(db, filter)) {
        signal?.throwIfAborted();
        for (const call of batch) {
          // Respect back-pressure so a slow reader never makes us buffer the whole export; an abort ends the wait.
          if (!csv.write(neutralizeRow(columns.map((c) => c.cell(call))))) await once(csv, "drain", { signal });
        }
        rows += batch.length;
      }
      // Wait until the last row has been handed to `output`; ending `output` is the pipe's job (never stdout's).
      const drained = once(csv, "end", { signal });
      csv.end();
      await drained;
    } catch (error) {
      csv.unpipe(output);
      csv.destroy();
      throw error;
    }
    return { rows };
  }
  const signal = options.signal;
  async function* cells() {
    for await (const batch of iterateCalls(db, filter)) {
      signal?.throwIfAborted();
      yield batch.map((call) => neutralizeRow(columns.map((c) => c.cell(call))));
      rows += batch.length;
    }
  }
  const widths = columns.map((c) => Math.max(12, c.header.length + 2));
  await writeXlsx(output, "Calls", columns.map((c) => c.header), cells(), widths, signal);
  return { rows };
}
