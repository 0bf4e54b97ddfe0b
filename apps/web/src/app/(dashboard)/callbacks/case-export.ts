import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { CallbackCaseRow } from "./case-types";

/**
 * The columns of the call-back export (CSV and XLSX): the worklist's facts, times as wall-clock time in the
 * settings zone ("YYYY-MM-DD HH:mm:ss"), lists joined with spaces. Headers are English keys like the calls export,
 * so spreadsheets and scripts built on them do not depend on the exporter's language.
 */
export interface CaseColumn {
  header: string;
  cell(row: CallbackCaseRow): string | number | null;
}

export function caseExportColumns(timeZone: string): CaseColumn[] {
  const time = (date: Date | null) =>
    date === null ? null : format(new TZDate(date.getTime(), timeZone), "yyyy-MM-dd HH:mm:ss");
  return [
    { header: "number", cell: (r) => r.number },
    { header: "status", cell: (r) => r.status },
    { header: "first_missed_at", cell: (r) => time(r.firstMissedAt) },
    { header: "last_missed_at", cell: (r) => time(r.lastMissedAt) },
    { header: "missed_count", cell: (r) => r.missedCount },
    { header: "dids", cell: (r) => r.dids.join(" ") },
    { header: "attempts", cell: (r) => r.attempts },
    { header: "first_attempt_at", cell: (r) => time(r.firstAttemptAt) },
    { header: "last_attempt_at", cell: (r) => time(r.lastAttemptAt) },
    { header: "reached_at", cell: (r) => time(r.reachedAt) },
    { header: "reached_by", cell: (r) => r.reachedBy },
    { header: "reached_agent", cell: (r) => r.reachedAgent },
    { header: "owner", cell: (r) => r.ownerName },
    { header: "closed_at", cell: (r) => time(r.closedAt) },
    { header: "close_reason", cell: (r) => r.closeReason },
    { header: "age_seconds", cell: (r) => r.ageSeconds },
    { header: "best_hours", cell: (r) => r.bestHours.join(" ") },
  ];
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading =+-@ is defused for Excel. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@]/.test(value) && !/^\+\d+$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: ReadonlyArray<string | number | null>): string {
  return cells.map(csvField).join(",");
}
