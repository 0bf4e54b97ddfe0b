import type { Database } from "@antdash/db";
import { format as csvFormat } from "@fast-csv/format";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { type CallSummary, summarizeCalls } from "../analytics/summary";
import type { KpiThresholds } from "../analytics/kpis";
import type { CallFilter } from "../calls/call-filter";
import type { ExportOptions } from "./export-calls";
import { writeXlsx } from "./xlsx-stream";

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
 * Writes the KPI summary of the filter (the same numbers as the dashboard and `pnpm cli report`) as a two-column
 * sheet: CSV with a BOM, or XLSX. Ends `output`.
 */
export async function exportSummary(
  db: Database,
  filter: CallFilter,
  output: Writable,
  options: ExportOptions & { kpi?: KpiThresholds },
): Promise<{ rows: number }> {
  const rows = summaryRows(await summarizeCalls(db, filter, options.kpi));
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
  async function* allRows() {
    yield rows;
  }
  await writeXlsx(output, "Summary", ["metric", "value"], allRows(), [32, 16]);
  return { rows: rows.length };
}
