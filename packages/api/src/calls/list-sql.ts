import type { CallKind } from "../analytics/call-count";
import type { CallFilter } from "./call-filter";
import { LIST_COLUMNS_SQL } from "./call-views";
import { callWhere } from "./call-where";

/**
 * SQL of the call list, read kind by kind: one branch per kind of call (direction, class, status) that has matching
 * calls, merged into one order. Every sort has an index led by those three columns (packages/db's migration
 * call_list_sort_indexes), so within a branch the kind's calls are contiguous and in sort order, and calls of one
 * kind never hide behind a long run of another kind's (the longest CANCELLED calls behind thousands of longer
 * answered ones). The trailing index columns (DID, duration, has-recording) are checked inside the index.
 */

/** An ordered read of the call list: sort keys (sort expression, started_at, seq) and direction. */
export interface ListOrder {
  /** SQL of each key, most significant first; the last is seq (unique). */
  keys: readonly string[];
  direction: "asc" | "desc";
  /** SQL of the sort value the cursor keeps (the first key). */
  sortValue: string;
}

export interface ListQuery {
  filter: CallFilter;
  order: ListOrder;
  /** Key values of the last row of the previous page (with their SQL casts), or null on the first page. */
  after: { values: readonly unknown[]; casts: readonly string[] } | null;
  /** Rows to read: the page size + 1 (to know whether there is a next page). */
  rows: number;
}

/** How a page is read (pageSql). */
export type BranchRead = "walk" | "filter-first";

export interface Statement {
  sql: string;
  params: unknown[];
}

/** Numbers parameters as they are added; the filter's own come first, shared by every branch. */
class KindParams {
  readonly values: unknown[];
  readonly where: string;
  constructor(filter: CallFilter) {
    // The kind columns are given per branch (or as lists): the filter's lists of them are applied by the kinds.
    const fragment = callWhere(
      { ...filter, direction: undefined, callClass: undefined, status: undefined },
      1,
    );
    this.values = [...fragment.params];
    this.where = fragment.sql;
  }
  add(value: unknown, cast = ""): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
  /** A branch's WHERE: its kind and the rest of the filter. */
  kind(kind: CallKind): string {
    const did = kind.did === undefined ? "" : ` AND COALESCE(did_number, '') = ${this.add(kind.did)}`;
    return `direction = ${this.add(kind.direction)} AND class = ${this.add(kind.class)}
        AND status_detail = ${this.add(kind.status)}${did} AND ${this.where}`;
  }
  /**
   * The WHERE of all the kinds at once: each kind column as a list, even a list of every value, so an index led by
   * the three (e.g. the duration sort's, for a duration range) can still be used, one range scan per combination.
   */
  kinds(kinds: readonly CallKind[]): string {
    const list = (values: string[]) => this.add([...new Set(values)], "::text[]");
    return `direction = ANY(${list(kinds.map((k) => k.direction))}) AND class = ANY(${list(kinds.map((k) => k.class))})
        AND status_detail = ANY(${list(kinds.map((k) => k.status))}) AND ${this.where}`;
  }
}

function orderBy(order: ListOrder, keys: readonly string[]): string {
  const dir = order.direction === "asc" ? "ASC" : "DESC";
  return keys.map((key) => `${key} ${dir}`).join(", ");
}

/** The keys as the page's output columns name them. */
const outputKeys = (order: ListOrder) => ["sort_value", "started_at", "seq"].slice(-order.keys.length);

/**
 * One page (up to `query.rows` rows) in the query's order, read one of two ways:
 * - "walk": one branch per kind, each walking its sort index in order until it has enough rows, merged (many
 *   matching calls: each branch soon meets enough of them);
 * - "filter-first": every matching call, found by whatever index suits the filter (agents, time, a duration
 *   range...), then sorted (few matching calls). OFFSET 0 keeps the planner from walking a sort index instead,
 *   which could pass over many calls that do not match before reaching those that do. With a `cap`, no more
 *   than `cap` matches are read, and each row says how many were (`matched`): below the cap, the page is exact
 *   and needed no count beforehand; at the cap, it is not, and the caller walks instead.
 */
export function pageSql(
  query: ListQuery,
  kinds: readonly CallKind[],
  read: BranchRead,
  cap?: number,
): Statement {
  const params = new KindParams(query.filter);
  let keyset = "";
  if (query.after) {
    const { values, casts } = query.after;
    const after = values.map((value, i) => params.add(value, casts[i]));
    keyset = ` AND (${query.order.keys.join(", ")}) ${query.order.direction === "asc" ? ">" : "<"} (${after.join(", ")})`;
  }
  const limit = params.add(query.rows);
  const select = `SELECT ${LIST_COLUMNS_SQL}, ${query.order.sortValue} AS sort_value, seq FROM calls`;
  const rows =
    read === "walk"
      ? kinds
          .map(
            (kind) =>
              `(${select} WHERE ${params.kind(kind)}${keyset} ORDER BY ${orderBy(query.order, query.order.keys)} LIMIT ${limit})`,
          )
          .join("\nUNION ALL\n")
      : `${select} WHERE ${params.kinds(kinds)}${keyset} ${cap === undefined ? "OFFSET 0" : `LIMIT ${params.add(cap)}`}`;
  // With a cap, each row also says how many matches were read (up to the cap): all of them when fewer.
  const matched = cap === undefined || read === "walk" ? "" : ", count(*) OVER ()::int AS matched";
  return {
    sql: `SELECT *${matched} FROM (${rows}) AS page ORDER BY ${orderBy(query.order, outputKeys(query.order))} LIMIT ${limit}`,
    params: params.values,
  };
}

/** How many calls match, counting no further than `cap`: cheap however many there are. */
export function countUpToSql(filter: CallFilter, kinds: readonly CallKind[], cap: number): Statement {
  const params = new KindParams(filter);
  return {
    sql: `SELECT count(*)::int AS n FROM (SELECT 1 FROM calls WHERE ${params.kinds(kinds)} LIMIT ${params.add(cap)}) AS matching`,
    params: params.values,
  };
}
