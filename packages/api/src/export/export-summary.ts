import type { Database } from "@antdash/db";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { callHeatmap } from "../analytics/heatmap";
import type { CallSummary } from "../analytics/output-schemas";
import { analyzeCalls } from "../analytics/summary";
import type { KpiThresholds } from "../analytics/kpis";
import type { CallFilter } from "../calls/call-filter";
import type { ExportOptions } from "./export-calls";
import { neutralizeRow } from "./spreadsheet-cell";
import { pipeCsv } from "./csv-writer";
import { summaryWorkbook } from "./summary-workbook";
import { writeWorkbook } from "./xlsx-stream";

/**
 * The summary as (metric, value) rows: nested values become "byStatus.SUCCESS" and "kpis.inbound.serviceLevel"-style
 * metrics. A KPI with nothing to divide by (null) is an empty value, never 0.
 */
export function summaryRows(summary: CallSummary): Array<[string, string | number]> {
  const rows: Array<[string, string | number]> = [];
  const add = (prefix: string, value: unknown) => {
    if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) add(`${prefix}.${k}`, v);
    } else rows.push([prefix, value === null ? "" : (value as string | number)]);
  };
  for (const [key, value] of Object.entries(summary)) add(key, value);
  return rows;
}

/**
 * Writes the KPI summary of the filter (the same numbers as the dashboard and `pnpm cli report`): CSV with a BOM as
 * machine-readable (metric, value) rows, or an XLSX workbook to read (summary-workbook.ts) in the `labels` language
 * (English when none is asked for). Ends `output`.
 */
export async function exportSummary(
  db: Database,
  filter: CallFilter,
  output: Writable,
  options: ExportOptions & { kpi?: KpiThresholds },
): Promise<{ rows: number }> {
  const signal = options.signal;
  if (options.format === "xlsx") {
    const [analysis, heatmap] = await Promise.all([
      analyzeCalls(db, filter, options.kpi),
      callHeatmap(db, filter, { timeZone: options.timeZone }),
    ]);
    signal?.throwIfAborted();
    const sheets = summaryWorkbook(
      { filter, timeZone: options.timeZone, analysis, heatmap },
      options.labels ?? "en",
    );
    await writeWorkbook(output, sheets, signal);
    return { rows: summaryRows(analysis.summary).length };
  }
  // Metric names come from our code today, but a label may one day carry user text: neutralized like the calls.
  const rows = summaryRows((await analyzeCalls(db, filter, options.kpi)).summary).map(neutralizeRow);
  signal?.throwIfAborted();
  const csv = pipeCsv(output, ["metric", "value"]);
  const ended = once(csv, "end", { signal });
  for (const row of rows) csv.write(row);
  csv.end();
  try {
    await ended;
  } catch (error) {
    csv.unpipe(output);
    csv.destroy();
    throw error;
  }
  return { rows: rows.length };
}
