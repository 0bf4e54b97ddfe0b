import type { Database } from "@antdash/db";
import type { CallFilter } from "./call-filter";
import { callWhere, type MatchedCalls, type ResolvableFilter } from "./call-where";
import { numberMatch } from "./number-match";

/*
 * A fragment number search ("090") cannot use an index: it tests four LIKEs on every call of the range (~90 ms for
 * 118k calls on PostgreSQL). An overview runs seven statements over the same calls, so it finds them once and lets each
 * statement look them up by key through calls_started_at_seq_idx.
 */

/**
 * Past this many matches, looking each call up costs about as much as the search itself (an index probe per call
 * against a LIKE per call of the range): the statements search as before. The look-up stops there, so an
 * unselective search costs little.
 */
export const MATCHED_CALLS_CAP = 10_000;

/**
 * The filters (same criteria, any ranges, e.g. a period and the one before it) with their fragment number search
 * resolved once over all their ranges; unchanged when there is no fragment search or it matches more than the cap.
 */
export async function resolveNumberSearch(
  db: Database,
  filters: readonly CallFilter[],
  cap = MATCHED_CALLS_CAP,
): Promise<ResolvableFilter[]> {
  const first = filters[0];
  if (first?.number === undefined || numberMatch(first.number).kind !== "fragment") return [...filters];
  const from = new Date(Math.min(...filters.map((f) => f.from.getTime())));
  const to = new Date(Math.max(...filters.map((f) => f.to.getTime())));
  const where = callWhere({ ...first, from, to });
  const { rows } = await db.pool.query<{ started_at: Date; seq: string }>(
    `SELECT started_at, seq FROM calls WHERE ${where.sql} LIMIT ${cap + 1}`,
    where.params,
  );
  if (rows.length > cap) return [...filters];
  // Each filter gets the calls of its own range: every key is a probe of the index.
  return filters.map((filter) => {
    const matched: MatchedCalls = { startedAt: [], seq: [] };
    for (const row of rows) {
      const t = row.started_at.getTime();
      if (t < filter.from.getTime() || t > filter.to.getTime()) continue;
      matched.startedAt.push(row.started_at);
      matched.seq.push(row.seq);
    }
    return { ...filter, matched };
  });
}
