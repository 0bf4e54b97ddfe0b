import { once } from "node:events";
import type { Writable } from "node:stream";
import { pipeCsv } from "./csv-writer";
import type { ExportFormat } from "./export-calls";
import { csvValue, neutralizeRow, type SheetCell } from "./spreadsheet-cell";
import { writeXlsx, type XlsxColumn } from "./xlsx-stream";

/**
 * Streams batches of rows to `output` as CSV (UTF-8 with a BOM, so Excel shows Vietnamese names) or as one XLSX
 * table (frozen header, autofilter, the columns' number formats), respecting back-pressure, and resolves with the
 * row count. Text cells that a spreadsheet would read as a formula are neutralized (spreadsheet-cell.ts). `signal`
 * is checked between batches and ends any wait on the reader, so an abandoned download never holds its export slot.
 */
async function writeTable(
  output: Writable,
  table: {
    format: ExportFormat;
    sheet: string;
    columns: readonly XlsxColumn[];
    signal?: AbortSignal;
  },
  batches: AsyncIterable<SheetCell[][]>,
): Promise<{ rows: number }> {
  let rows = 0;
  const signal = table.signal;
  if (table.format === "csv") {
    const csv = pipeCsv(
      output,
      table.columns.map((c) => c.header),
    );
    try {
      for await (const batch of batches) {
        signal?.throwIfAborted();
        for (const row of batch) {
          // Respect back-pressure so a slow reader never makes us buffer the whole export; an abort ends the wait.
          if (!csv.write(neutralizeRow(row).map(csvValue))) await once(csv, "drain", { signal });
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
  await writeXlsx(output, { name: table.sheet, columns: table.columns, rows: counted() }, signal);
  return { rows };
}

/** A column of an export: its header, how to read its cell from an item, and its XLSX number format. */
export interface ExportColumn<T> extends XlsxColumn {
  cell: (item: T) => SheetCell;
}

/** writeTable for items read in batches, one column per cell. */
export function writeColumns<T>(
  output: Writable,
  table: { format: ExportFormat; sheet: string; signal?: AbortSignal },
  columns: readonly ExportColumn<T>[],
  batches: AsyncIterable<readonly T[]>,
): Promise<{ rows: number }> {
  async function* cells() {
    for await (const batch of batches) yield batch.map((item) => columns.map((c) => c.cell(item)));
  }
  return writeTable(output, { ...table, columns }, cells());
}
