import type { Database } from "@antdash/db";
import { getSettings } from "../admin/settings";
import { cursorInteger, type CursorKey, cursorText, cursorTime, decodeCursor, encodeCursor } from "../cursor";
import { CASE_COLUMNS_SQL, CASE_FROM_SQL, type CaseSqlRow, toCaseView } from "./case-rows";
import { caseWhere } from "./case-where";
import type { CallbackCaseView, CaseFilter, CaseSortColumn, listCasesInput } from "./callback-schemas";
import { localHourOf } from "./local-hour";
import type { z } from "zod";

type ListCasesOptions = z.output<typeof listCasesInput> & { now?: Date };

const EPOCH = "'1970-01-01T00:00:00Z'::timestamptz";

/** Each sort's SQL (never NULL, so the keyset needs no NULL cases) and how its cursor value is read. */
function sortOf(column: CaseSortColumn, hourParam: string): { sql: string; kind: "time" | "number" } {
  switch (column) {
    case "first_missed_at":
    case "age":
      return { sql: "c.first_missed_at", kind: "time" };
    case "last_missed_at":
      return { sql: "c.last_missed_at", kind: "time" };
    case "last_attempt_at":
      return { sql: `COALESCE(c.last_attempt_at, ${EPOCH})`, kind: "time" };
    case "missed_count":
      return { sql: "c.missed_count", kind: "number" };
    case "attempts":
      return { sql: "c.attempts", kind: "number" };
    case "likely_now":
      return { sql: `COALESCE(c.contact_hours[${hourParam}::int], 0)`, kind: "number" };
  }
}

export interface CasePage {
  rows: CallbackCaseView[];
  nextCursor: string | null;
  total?: number;
}

/**
 * One page of the call-back worklist, keyset-paged: ORDER BY the sort value, then the first missed call's time,
 * then the case id (unique). "age" is the first missed time reversed (oldest = largest age). "likely_now" reads
 * the current local hour once and keeps it in the cursor, so paging on across an hour boundary stays consistent.
 */
export async function listCases(db: Database, options: ListCasesOptions): Promise<CasePage> {
  const now = options.now ?? new Date();
  const { timeZone } = await getSettings(db);
  const { column } = options.sort;
  // Age runs opposite to the first missed time.
  const direction =
    column === "age" ? (options.sort.direction === "asc" ? "desc" : "asc") : options.sort.direction;
  const params: unknown[] = [];
  const where = caseWhere(options.filter, params);
  const scope = `callbacks:${column}:${options.sort.direction}`;
  let hour = localHourOf(now, timeZone);
  let after: unknown[] | null = null;
  if (options.cursor !== undefined) {
    const decoded = decodeCursor(options.cursor, scope, 4);
    hour = cursorInteger(decoded[0]);
    after = decoded.slice(1);
  }
  const total =
    options.cursor === undefined
      ? (
          await db.pool.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM ${CASE_FROM_SQL} WHERE ${where}`,
            params,
          )
        ).rows[0]?.n
      : undefined;
  // Only "likely_now" reads the hour (a parameter no expression uses has no type for PostgreSQL).
  if (column === "likely_now") params.push(hour + 1); // PostgreSQL arrays count from 1
  const sort = sortOf(column, `$${params.length}`);
  let keyset = "";
  if (after) {
    const [value, firstMissedAt, id] = after;
    params.push(
      sort.kind === "time" ? cursorTime(value) : cursorInteger(value),
      cursorTime(firstMissedAt),
      cursorText(id),
    );
    const n = params.length;
    keyset = ` AND (${sort.sql}, c.first_missed_at, c.id) ${direction === "asc" ? ">" : "<"} ($${n - 2}, $${n - 1}, $${n})`;
  }
  params.push(options.limit + 1);
  const dir = direction === "asc" ? "ASC" : "DESC";
  const { rows } = await db.pool.query<CaseSqlRow & { sort_value: Date | number }>(
    `SELECT ${CASE_COLUMNS_SQL}, ${sort.sql} AS sort_value FROM ${CASE_FROM_SQL}
      WHERE ${where}${keyset}
      ORDER BY sort_value ${dir}, c.first_missed_at ${dir}, c.id ${dir} LIMIT $${params.length}::int`,
    params,
  );
  const shown = rows.slice(0, options.limit);
  const last = shown[shown.length - 1];
  let nextCursor: string | null = null;
  if (rows.length > options.limit && last) {
    const value: CursorKey =
      last.sort_value instanceof Date ? last.sort_value.toISOString() : Number(last.sort_value);
    nextCursor = encodeCursor(scope, [hour, value, last.first_missed_at.toISOString(), last.id]);
  }
  return {
    rows: shown.map((row) => toCaseView(row, now, hour)),
    nextCursor,
    ...(total !== undefined && { total }),
  };
}

/** Every case of the filter, a page at a time, first missed first: for the readers that want them all. */
export async function* allCasePages(db: Database, filter: CaseFilter): AsyncGenerator<CallbackCaseView[]> {
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
