import type { Database } from "@antdash/db";
import { z } from "zod";
import { decodeCursor, encodeCursor, InvalidCursorError } from "../cursor";
import type { CallFilter } from "./call-filter";
import { type CallListRow, type CallListSqlRow, LIST_COLUMNS_SQL, toCallListRow } from "./call-views";
import { callWhere } from "./call-where";

export const MAX_CALL_PAGE_SIZE = 200;

/**
 * Sortable columns and the SQL each sorts by. A nullable column sorts by a non-null expression, so the keyset
 * comparison `(expr, id) > (value, id)` needs no NULL cases.
 */
const SORTS = {
  started_at: { sql: "started_at", kind: "time" },
  duration_seconds: { sql: "duration_seconds", kind: "number" },
  billing_seconds: { sql: "billing_seconds", kind: "number" },
  wait_seconds: { sql: "wait_seconds", kind: "number" },
  direction: { sql: "direction", kind: "text" },
  status_detail: { sql: "status_detail", kind: "text" },
  did_number: { sql: "COALESCE(did_number, '')", kind: "text" },
  caller_number: { sql: "caller_number", kind: "text" },
  callee_number: { sql: "callee_number", kind: "text" },
  class: { sql: "class", kind: "text" },
} as const satisfies Record<string, { sql: string; kind: "time" | "number" | "text" }>;

export type CallSortColumn = keyof typeof SORTS;
export const CALL_SORT_COLUMNS = Object.keys(SORTS) as [CallSortColumn, ...CallSortColumn[]];

export const callSortSchema = z.object({
  column: z.enum(CALL_SORT_COLUMNS),
  direction: z.enum(["asc", "desc"]),
});
export type CallSort = z.infer<typeof callSortSchema>;

export interface ListCallsOptions {
  filter: CallFilter;
  sort: CallSort;
  /** 1..200. */
  limit: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

export interface CallPage {
  rows: CallListRow[];
  /** null on the last page. */
  nextCursor: string | null;
  /** Calls matching the filter; counted on the first page only (no cursor). */
  total?: number;
}

/**
 * One page of the filtered call list in any sort order, by keyset: each page continues strictly after the last row
 * of the previous one in (sort value, id) order, so calls with equal sort values are neither repeated nor skipped,
 * and a page deep in a million calls costs no more than the first.
 */
export async function listCalls(db: Database, options: ListCallsOptions): Promise<CallPage> {
  const { filter, sort } = options;
  const limit = Math.min(Math.max(1, Math.floor(options.limit)), MAX_CALL_PAGE_SIZE);
  const { sql: expr, kind } = SORTS[sort.column];
  const scope = `calls:${sort.column}:${sort.direction}`;
  const where = callWhere(filter);
  const params = [...where.params];
  let keyset = "";
  if (options.cursor !== undefined) {
    const after = decodeCursor(options.cursor, scope);
    params.push(cursorValue(kind, after.value), after.id);
    const op = sort.direction === "asc" ? ">" : "<";
    keyset = ` AND (${expr}, id) ${op} ($${params.length - 1}, $${params.length})`;
  }
  params.push(limit + 1);
  const dir = sort.direction === "asc" ? "ASC" : "DESC";
  const page = db.pool.query<CallListSqlRow & { sort_value: Date | number | string }>(
    `SELECT ${LIST_COLUMNS_SQL}, ${expr} AS sort_value
       FROM calls WHERE ${where.sql}${keyset}
      ORDER BY ${expr} ${dir}, id ${dir} LIMIT $${params.length}`,
    params,
  );
  const total =
    options.cursor === undefined
      ? db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM calls WHERE ${where.sql}`, where.params)
      : null;
  const [{ rows }, counted] = await Promise.all([page, total]);
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor(scope, last.sort_value instanceof Date ? last.sort_value.toISOString() : last.sort_value, last.id)
      : null;
  return {
    rows: shown.map(toCallListRow),
    nextCursor,
    ...(counted && { total: counted.rows[0]?.n ?? 0 }),
  };
}

function cursorValue(kind: "time" | "number" | "text", value: string | number): Date | number | string {
  if (kind === "time") {
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new InvalidCursorError();
    return date;
  }
  if (kind === "number") {
    if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new InvalidCursorError();
    return value;
  }
  if (typeof value !== "string") throw new InvalidCursorError();
  return value;
}
