import type { Database } from "@antdash/db";
import type { Writable } from "node:stream";
import type { CallbackCaseView, CaseFilter } from "../callbacks/callback-schemas";
import { allCasePages } from "../callbacks/list-cases";
import { excelDateTime, excelDuration } from "./excel-time";
import type { ExportFormat, ExportOptions } from "./export-calls";
import { localTimeFormatter } from "./local-time";
import { type ExportColumn, writeColumns } from "./write-table";

type Column = ExportColumn<CallbackCaseView>;

/**
 * The worklist's columns: times in the zone (XLSX: date-time cells, as the call export's; CSV: text) and the first
 * missed call in UTC; the age in seconds, with its `[h]:mm:ss` twin in XLSX.
 */
function caseColumns(format: ExportFormat, timeZone: string): Column[] {
  const xlsx = format === "xlsx";
  const local = localTimeFormatter(timeZone);
  const serial = excelDateTime(timeZone);
  const time = (header: string, at: (c: CallbackCaseView) => Date | null): Column =>
    xlsx
      ? { header: `${header} (${timeZone})`, cell: (c) => nullableTime(at(c), serial), format: "datetime" }
      : { header: `${header} (${timeZone})`, cell: (c) => nullableTime(at(c), local) ?? "" };
  return [
    { header: "number", cell: (c) => c.number },
    { header: "status", cell: (c) => c.status },
    time("first_missed", (c) => c.firstMissedAt),
    { header: "first_missed_utc", cell: (c) => c.firstMissedAt.toISOString() },
    time("last_missed", (c) => c.lastMissedAt),
    { header: "missed_count", cell: (c) => c.missedCount },
    { header: "dids", cell: (c) => c.dids.join(" ") },
    { header: "attempts", cell: (c) => c.attempts },
    time("first_attempt", (c) => c.firstAttemptAt),
    time("last_attempt", (c) => c.lastAttemptAt),
    time("reached", (c) => c.reachedAt),
    { header: "reached_by", cell: (c) => c.reachedBy ?? "" },
    { header: "reached_agent", cell: (c) => c.reachedAgent ?? "" },
    { header: "age_seconds", cell: (c) => c.ageSeconds },
    ...(xlsx
      ? [
          {
            header: "age_hms",
            cell: (c: CallbackCaseView) => excelDuration(c.ageSeconds),
            format: "duration" as const,
          },
        ]
      : []),
    { header: "owner", cell: (c) => c.ownerName ?? "" },
    { header: "close_reason", cell: (c) => c.closeReason ?? "" },
    { header: "best_hours", cell: (c) => c.bestHours.slice(0, 3).join(" ") },
  ];
}

const nullableTime = <T>(at: Date | null, show: (d: Date) => T): T | null => (at ? show(at) : null);

/** Streams the worklist's cases for the filter (oldest first missed first) as CSV or XLSX; resolves with the count. */
export async function exportCases(
  db: Database,
  filter: CaseFilter,
  output: Writable,
  options: ExportOptions,
): Promise<{ rows: number }> {
  const columns = caseColumns(options.format, options.timeZone);
  return writeColumns(
    output,
    { format: options.format, sheet: "Call-backs", signal: options.signal },
    columns,
    allCasePages(db, filter),
  );
}
