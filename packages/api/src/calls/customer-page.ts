import type { CallFilter } from "./call-filter";
import { LIST_COLUMNS_SQL } from "./call-views";
import { callWhere } from "./call-where";
import type { ListQuery, Statement } from "./list-sql";

/**
 * One page of "every call with this customer" (a whole number, normalized: number-match.ts), read through the two
 * normalized-number indexes instead of the sort indexes. A customer's calls are few next to the whole history, so
 * they are all found, only their sort keys kept (no list columns yet), sorted, and the page's rows then fetched by
 * (started_at, seq). No rollup count first: the matches count themselves, up to `cap`; a number with more calls
 * than that (a switchboard, a spammer) is better read by walking the sort indexes, which the caller then does.
 */
export function customerPageSql(query: ListQuery, number: string, cap: number): Statement {
  // The rest of the filter (range, kinds, DIDs, agents...) as every other page applies it, after the number.
  const rest = callWhere({ ...query.filter, number: undefined } satisfies CallFilter, 2);
  const params: unknown[] = [number, ...rest.params];
  const add = (value: unknown, cast = "") => {
    params.push(value);
    return `$${params.length}${cast}`;
  };
  const { order } = query;
  // The page's keys over the matches: the sort value (unless the sort is the time itself), started_at, seq.
  const keys = order.keys.length === 2 ? ["started_at", "seq"] : ["sort_value", "started_at", "seq"];
  const dir = order.direction === "asc" ? "ASC" : "DESC";
  const orderBy = keys.map((key) => `${key} ${dir}`).join(", ");
  let keyset = "";
  if (query.after) {
    const { values, casts } = query.after;
    const after = values.map((value, i) => add(value, casts[i]));
    keyset = `WHERE (${keys.join(", ")}) ${order.direction === "asc" ? ">" : "<"} (${after.join(", ")})`;
  }
  const side = (column: string, other: string) =>
    `SELECT ${order.sortValue} AS sort_value, started_at, seq FROM calls
      WHERE ${column} = $1 ${other} AND ${rest.sql}`;
  const capParam = add(cap + 1);
  const rows = add(query.rows);
  return {
    sql: `
      WITH matches AS MATERIALIZED (
        SELECT * FROM (
          ${side("caller_normalized", "")}
          UNION ALL
          ${side("callee_normalized", "AND caller_normalized IS DISTINCT FROM $1")}
        ) AS both_sides LIMIT ${capParam}
      ),
      page AS (SELECT * FROM matches ${keyset} ORDER BY ${orderBy} LIMIT ${rows})
      SELECT counted.matched, found.*
        FROM (SELECT count(*)::int AS matched FROM matches) AS counted
        LEFT JOIN (
          SELECT ${LIST_COLUMNS_SQL}, page.sort_value, seq FROM page JOIN calls USING (started_at, seq)
        ) AS found ON true
       ORDER BY ${keys.map((key) => `found.${key} ${dir}`).join(", ")}`,
    params,
  };
}
