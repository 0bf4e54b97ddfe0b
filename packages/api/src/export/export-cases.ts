import type { Database } from "@antdash/db";
import type { Writable } from "node:stream";
import type { CallbackCaseView, CaseFilter } from "../callbacks/callback-schemas";
import { listCases } from "../callbacks/list-cases";
import type { ExportOptions } from "./export-calls";
import { localTimeFormatter } from "./local-time";
import { writeColumns } from "./write-table";

/** The worklist's columns: times in the zone and in UTC, like the call export. */
function caseColumns(local: (d: Date) => string, timeZone: string) {
  const time = (d: Date | null) => (d ? local(d) : "");
  return [
    { header: "number", cell: (c: CallbackCaseView) => c.number },
    { header: "status", cell: (c: CallbackCaseView) => c.status },
    { header: `first_missed (${timeZone})`, cell: (c: CallbackCaseView) => time(c.firstMissedAt) },
    { header: "first_missed_utc", cell: (c: CallbackCaseView) => c.firstMissedAt.toISOString() },
    { header: `last_missed (${timeZone})`, cell: (c: CallbackCaseView) => time(c.lastMissedAt) },
    { header: "missed_count", cell: (c: CallbackCaseView) => c.missedCount },
    { header: "dids", cell: (c: CallbackCaseView) => c.dids.join(" ") },
    { header: "attempts", cell: (c: CallbackCaseView) => c.attempts },
    { header: `first_attempt (${timeZone})`, cell: (c: CallbackCaseView) => time(c.firstAttemptAt) },
    { header: `last_attempt (${timeZone})`, cell: (c: CallbackCaseView) => time(c.lastAttemptAt) },
    { header: `reached (${timeZone})`, cell: (c: CallbackCaseView) => time(c.reachedAt) },
    { header: "reached_by", cell: (c: CallbackCaseView) => c.reachedBy ?? "" },
    { header: "reached_agent", cell: (c: CallbackCaseView) => c.reachedAgent ?? "" },
    { header: "age_seconds", cell: (c: CallbackCaseView) => c.ageSeconds },
    { header: "owner", cell: (c: CallbackCaseView) => c.ownerName ?? "" },
    { header: "close_reason", cell: (c: CallbackCaseView) => c.closeReason ?? "" },
    { header: "best_hours", cell: (c: CallbackCaseView) => c.bestHours.slice(0, 3).join(" ") },
  ] as const;
}

/** Streams the worklist's cases for the filter (oldest first missed first) as CSV or XLSX; resolves with the count. */
export async function exportCases(
  db: Database,
  filter: CaseFilter,
  output: Writable,
  options: ExportOptions,
): Promise<{ rows: number }> {
  const columns = caseColumns(localTimeFormatter(options.timeZone), options.timeZone);
  async function* pages() {
    let cursor: string | undefined;
    do {
      const page = await listCases(db, {
        filter,
        sort: { column: "first_missed_at", direction: "asc" },
        limit: 200,
        cursor,
      });
      yield page.rows;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return writeColumns(
    output,
    { format: options.format, sheet: "Call-backs", signal: options.signal },
    columns,
    pages(),
  );
}
