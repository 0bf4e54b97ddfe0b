import type { Database } from "@antdash/db";
import { format as csvFormat } from "@fast-csv/format";
import ExcelJS from "exceljs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { type CallSummary, summarizeCalls } from "../analytics/summary";
import type { CallFilter } from "../calls/call-filter";
import type { ExportOptions } from "./export-calls";

/** The summary as (metric, value) rows: nested counts become "byStatus.SUCCESS"-style metrics. */
export function summaryRows(summary: CallSummary): Array<[string, string | number]> {
  const rows: Array<[string, string | number]> = [];
  for (const [key, value] of Object.entries(summary)) {
    if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value as Record<string, number>)) rows.push([`${key}.${k}`, v]);
    } else rows.push([key, value as string | number]);
  }
  return rows;
}

/**
 * Writes the KPI summary of the filter (the same numbers as the dashboard and `pnpm cli report`) as a two-column
 * sheet: CSV with a BOM, or XLSX. Ends `output`.
 */
export async function exportSummary(
  db: Database,
  filter: CallFilter,
  output: Writable,
  options: ExportOptions,
): Promise<{ rows: number }> {
  const rows = summaryRows(await summarizeCalls(db, filter));
  options.signal?.throwIfAborted();
  if (options.format === "csv") {
    const csv = csvFormat({ headers: ["metric", "value"], writeBOM: true });
    csv.pipe(output);
    const ended = once(csv, "end");
    for (const row of rows) csv.write(row);
    csv.end();
    await ended;
    return { rows: rows.length };
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet("Summary");
  sheet.columns = [
    { header: "metric", key: "metric", width: 32 },
    { header: "value", key: "value", width: 16 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  return { rows: rows.length };
}
