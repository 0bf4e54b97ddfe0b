import { once } from "node:events";
import type { Writable } from "node:stream";
import { pipeCsv } from "./csv-writer";
import type { ExportFormat } from "./export-calls";
import { neutralizeRow } from "./spreadsheet-cell";
import { type XlsxCell, writeXlsx } from "./xlsx-stream";

/**
 * Streams batches of rows to `output` as CSV (UTF-8 with a BOM, so Excel shows Vietnamese names) or as one XLSX
 * sheet, respecting back-pressure, and resolves with the row count. Text cells that a spreadsheet would read as a
 * formula are neutralized (spreadsheet-cell.ts). `signal` is checked between batches and ends any wait on the reader,
 * so an abandoned download never holds its export slot.
 */
export async function writeTable(
  output: Writable,
  table: {
    format: ExportFormat;
    sheet: string;
    headers: readonly string[];
    widths: number[];
    signal?: AbortSignal;
  },
  batches: AsyncIterable<XlsxCell[][]>,
): Promise<{ rows: number }> {
  let rows = 0;
  const signal = table.signal;
  if (table.format === "csv") {
    const csv = pipeCsv(output, table.headers);
    try {
      for await (const batch of batches) {
        signal?.throwIfAborted();
        for (const row of batch) {
          // Respect back-pressure so a slow reader never makes us buffer the whole export; an abort ends the wait.
          if (!csv.write(neutralizeRow(row))) await once(csv, "drain", { signal });
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
  async function* counted() {
    for await (const batch of batches) {
      signal?.throwIfAborted();
      yield batch.map(neutralizeRow);
      rows += batch.length;
    }
  }
  await writeXlsx(output, table.sheet, [...table.headers], counted(), table.widths, signal);
  return { rows };
}

/** A column of an export: its header and how to read its cell from an item. */
export interface ExportColumn<T> {
  header: string;
  cell: (item: T) => XlsxCell;
}

/** writeTable for items read in batches, one column per cell (widths from the headers). */
export function writeColumns<T>(
  output: Writable,
  table: { format: ExportFormat; sheet: string; signal?: AbortSignal },
  columns: readonly ExportColumn<T>[],
  batches: AsyncIterable<readonly T[]>,
): Promise<{ rows: number }> {
  async function* cells() {
    for await (const batch of batches) yield batch.map((item) => columns.map((c) => c.cell(item)));
  }
  return writeTable(
    output,
    {
      ...table,
      headers: columns.map((c) => c.header),
      widths: columns.map((c) => Math.max(12, c.header.length + 2)),
    },
    cells(),
  );
}
