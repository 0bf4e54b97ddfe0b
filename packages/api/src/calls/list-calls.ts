import type { Database } from "@antdash/db";
import { z } from "zod";
import { type CallKind, countCallKinds } from "../analytics/call-count";
import { usesRawOnlyCriteria } from "../analytics/routing";
import {
  cursorBigint,
  cursorInteger,
  type CursorKey,
  cursorText,
  cursorTexts,
  cursorTime,
  decodeCursor,
  encodeCursor,
} from "../cursor";
import type { CallFilter } from "./call-filter";
import { type CallListRow, type CallListSqlRow, toCallListRow } from "./call-views";
import { customerPageSql } from "./customer-page";
import { type BranchRead, countUpToSql, type ListQuery, pageSql } from "./list-sql";
import { numberMatch } from "./number-match";

export const MAX_CALL_PAGE_SIZE = 200;

type SortKind = "time" | "number" | "text" | "texts";

/**
 * Sortable columns and the SQL each sorts by; each has an index on (expression, started_at, seq) (packages/db's
 * schema). A nullable column sorts by a non-null expression, so the keyset comparison needs no NULL cases.
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
  /** The agents on the call, compared as lists (first agent, then second); calls without an agent first. */
  agents: { sql: "agents", kind: "texts" },
} as const satisfies Record<string, { sql: string; kind: SortKind }>;

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
  /** How to read the page; by default chosen from how many calls match. Tests force each way. */
  read?: BranchRead;
}

export interface CallPage {
  rows: CallListRow[];
  /** null on the last page. */
  nextCursor: string | null;
  /**
   * Calls matching the filter, on the first page (no cursor) when the rollups count them exactly (no number search,
   * duration range or has-recording criterion, at most one agent); otherwise ask countMatchingCalls (calls.count).
   */
  total?: number;
}

const READ_KEY: Record<SortKind, (value: unknown) => CursorKey | Date> = {
  time: cursorTime,
  number: cursorInteger,
  text: cursorText,
  texts: cursorTexts,
};

/** Under this many matching calls, a page reads them all and sorts them: cheaper than any walk. */
const FEW_MATCHES = 2_000;
/** ...and under this many when a walk could be slow (see readFor). */
const FILTER_FIRST_MAX = 20_000;
/** Sorts that follow who took part: an agent's own calls have their name as caller or callee. */
const PARTY_SORTS: readonly CallSortColumn[] = ["caller_number", "callee_number", "agents"];

/**
 * How to read a page (list-sql.ts) given how many calls match. A walk visits calls in sort order, kind by kind,
 * until it has a page. It is cheap when the matches are spread along the sort, and costly when a kind has none
 * (its branch is visited to the end: the rollups cannot rule kinds out for a number search, duration range or
 * has-recording criterion) or when the sort follows the criterion (an agent's calls sorted by caller sit together,
 * after every other agent's). Then reading the matches first is safer, up to FILTER_FIRST_MAX of them.
 */
function readFor(filter: CallFilter, sort: CallSort, matching: number): BranchRead {
  if (matching < FEW_MATCHES) return "filter-first";
  const risky =
    usesRawOnlyCriteria(filter) || ((filter.agent?.length ?? 0) > 0 && PARTY_SORTS.includes(sort.column));
  return risky && matching < FILTER_FIRST_MAX ? "filter-first" : "walk";
}

/**
 * One page of the filtered call list in any sort order, by keyset: ORDER BY the sort value, then started_at, then
 * seq (unique), each page continuing strictly after the last row of the previous one, so calls with equal sort
 * values are neither repeated nor skipped. How the page is read depends on how many calls match (the rollups count
 * them in milliseconds; criteria they cannot see are probed): few, they are read and sorted; many, each kind of
 * call walks its sort index and the kinds are merged (list-sql.ts). Either way a page deep in a million calls costs
 * about as much as the first.
 */
export async function listCalls(db: Database, options: ListCallsOptions): Promise<CallPage> {
  const { filter, sort } = options;
  const limit = Math.min(Math.max(1, Math.floor(options.limit)), MAX_CALL_PAGE_SIZE);
  const { sql: expr, kind } = SORTS[sort.column];
  // started_at is its own sort value: the order is then (started_at, seq).
  const keys = sort.column === "started_at" ? ["started_at", "seq"] : [expr, "started_at", "seq"];
  const scope = `calls:${sort.column}:${sort.direction}`;
  let after: ListQuery["after"] = null;
  if (options.cursor !== undefined) {
    const decoded = decodeCursor(options.cursor, scope, keys.length);
    const seq = cursorBigint(decoded.pop());
    const startedAt = cursorTime(decoded.pop());
    after = {
      values: [...decoded.map((value) => READ_KEY[kind](value)), startedAt, seq],
      casts: [...decoded.map(() => (kind === "texts" ? "::text[]" : "")), "", "::bigint"],
    };
  }
  const query: ListQuery = {
    filter,
    order: { keys, direction: sort.direction, sortValue: expr },
    after,
    rows: limit + 1,
  };
  let rows: ListSqlRow[] | null = null;
  // One customer's calls (a whole number): found through the number's own indexes, whatever the sort.
  const customer = filter.number === undefined ? null : numberMatch(filter.number);
  if (customer?.kind === "exact" && options.read === undefined) {
    const statement = customerPageSql(query, customer.number, FILTER_FIRST_MAX);
    const found = (await db.pool.query<ListSqlRow & { matched: number }>(statement.sql, statement.params))
      .rows;
    if ((found[0]?.matched ?? 0) <= FILTER_FIRST_MAX) rows = found.filter((row) => row.id !== null);
  }
  // Sorted by DID, each DID of a kind is a branch of its own: walked by time within it, the range is contiguous.
  const counts = rows ? null : await countCallKinds(db, filter, { byDid: sort.column === "did_number" });
  if (counts && counts.kinds.length > 0 && customer?.kind === "fragment" && options.read === undefined) {
    // A number fragment: the rollups cannot count its matches, and each row of the range costs its LIKEs. Read the
    // matches first, as readFor would below FILTER_FIRST_MAX, counting them in the same scan instead of a scan of
    // their own (a duration range or a recording criterion keeps the count first: a LIMIT would sway their plans).
    const statement = pageSql(query, counts.kinds, "filter-first", FILTER_FIRST_MAX);
    const found = (await db.pool.query<ListSqlRow & { matched: number }>(statement.sql, statement.params))
      .rows;
    if ((found[0]?.matched ?? 0) < FILTER_FIRST_MAX) rows = found;
  }
  if (counts && counts.kinds.length > 0 && rows === null) {
    const read =
      options.read ?? readFor(filter, sort, counts.total ?? (await countUpTo(db, filter, counts.kinds)));
    const statement = pageSql(query, counts.kinds, read);
    rows = (await db.pool.query<ListSqlRow>(statement.sql, statement.params)).rows;
  }
  rows ??= [];
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  let nextCursor: string | null = null;
  if (rows.length > limit && last) {
    const position: CursorKey[] = [last.started_at.toISOString(), last.seq];
    if (sort.column !== "started_at") {
      const value = last.sort_value;
      position.unshift(value instanceof Date ? value.toISOString() : value);
    }
    nextCursor = encodeCursor(scope, position);
  }
  return {
    rows: shown.map(toCallListRow),
    nextCursor,
    // Exact from the rollups, or not given (calls.count counts the raw calls).
    ...(options.cursor === undefined && counts?.total !== undefined && { total: counts.total }),
  };
}

type ListSqlRow = CallListSqlRow & { sort_value: Date | number | string | string[]; seq: string };

/** How many calls match, counting no further than FILTER_FIRST_MAX (cheap however many there are). */
async function countUpTo(db: Database, filter: CallFilter, kinds: readonly CallKind[]): Promise<number> {
  const statement = countUpToSql(filter, kinds, FILTER_FIRST_MAX);
  const { rows } = await db.pool.query<{ n: number }>(statement.sql, statement.params);
  return rows[0]?.n ?? 0;
}
