import { randomBytes } from "node:crypto";
import type { Database } from "@antdash/db";
import type { CallFilter } from "./call-filter";
import { callWhere, type ResolvableFilter } from "./call-where";
import { numberMatch } from "./number-match";

/*
 * A fragment number search ("090") cannot use an index: it tests four LIKEs on every call of the range (~90 ms for
 * 118k calls on PostgreSQL). An overview runs seven statements over the same calls; instead of searching seven times,
 * it copies the few calls the search matches into a temporary table once, and every statement reads that table
 * (a few milliseconds for some thousand calls) instead of the range.
 */

/**
 * At most this many matched calls are copied. The copy is for a selective search; an unselective one ("0") would
 * copy most of the range, and its statements do as well searching the range themselves (in parallel on PostgreSQL).
 * The copy stops at one more, so an unselective search costs little.
 */
export const MATCHED_CALLS_CAP = 10_000;

/**
 * Runs `run` with the filters (same criteria, any ranges, e.g. a period and the one before it) and their fragment
 * number search resolved once over all their ranges: each filter then reads its raw calls from a temporary table of
 * the matched calls (callsRelation). The table lives in one connection's session, so `run` gets a database whose
 * pool is that connection (`query` only) and must use nothing else; the table is dropped when `run` ends. Without
 * a fragment search, past the cap, or where the role may not create temporary tables, `run` gets the database and
 * filters as they are.
 */
export async function withNumberSearchResolved<T>(
  db: Database,
  filters: readonly CallFilter[],
  run: (db: Database, filters: readonly ResolvableFilter[]) => Promise<T>,
  cap = MATCHED_CALLS_CAP,
): Promise<T> {
  const first = filters[0];
  if (first?.number === undefined || numberMatch(first.number).kind !== "fragment") return run(db, filters);
  const from = new Date(Math.min(...filters.map((f) => f.from.getTime())));
  const to = new Date(Math.max(...filters.map((f) => f.to.getTime())));
  const where = callWhere({ ...first, from, to });
  // Unique across processes: the embedded database is one session shared by every process attached to it.
  const table = `matched_calls_${randomBytes(8).toString("hex")}`;
  const client = await db.pool.connect();
  // The statements of `run`, one after another (pg stops queueing a client's queries itself in its next version).
  let queue: Promise<unknown> = Promise.resolve();
  let refused = false; // no table may be made here
  try {
    const copied = await client
      .query(
        `CREATE TEMPORARY TABLE ${table} AS SELECT * FROM calls WHERE ${where.sql} LIMIT ${cap + 1}`,
        where.params,
      )
      .then(
        (created) => created.rowCount ?? cap + 1,
        (error: unknown) => {
          refused = cannotCreateTemporaryTables(error);
          if (refused) return null;
          throw error;
        },
      );
    if (copied !== null && copied <= cap) {
      // Only `query`: a statement that asked the pool for another connection would not see the table.
      const query = (text: string, values?: unknown[]) => {
        const result = queue.then(() => client.query(text, values));
        queue = result.catch(() => undefined);
        return result;
      };
      const pinned = { query } as unknown as Database["pool"];
      return await run(
        { ...db, pool: pinned },
        filters.map((filter) => ({ ...filter, matchedCalls: table })),
      );
    }
  } finally {
    await queue; // when `run` failed early, its other statements may still be queued
    // Refused: there is no table to drop, and a read-only session would refuse the DROP too.
    if (refused) client.release();
    else
      await client.query(`DROP TABLE IF EXISTS ${table}`).then(
        () => client.release(),
        // A connection that cannot drop its table is not given back: destroying it ends its session, and the table.
        (error: unknown) => client.release(error instanceof Error ? error : new Error(String(error))),
      );
  }
  // Past the cap, or where no temporary table may be made: with the connection back in the pool (the embedded
  // database's pool has only that one), each statement searches the range itself.
  return run(db, filters);
}

/**
 * A role without the TEMPORARY privilege (revoked by an operator) or a read-only session: the search still works,
 * only slower, as it did before the copy existed. Any other error is a real failure.
 */
function cannotCreateTemporaryTables(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === INSUFFICIENT_PRIVILEGE || code === READ_ONLY_SQL_TRANSACTION;
}

const INSUFFICIENT_PRIVILEGE = "42501";
const READ_ONLY_SQL_TRANSACTION = "25006";
