import { normalizePhoneNumber } from "@antdash/antring-core";
import { markAllCallbackNumbersDirty, refreshCallbackCases } from "../callbacks/refresh-cases";
import type { Database } from "../database/open-database";

const ROWS_PER_BATCH = 5_000;

/**
 * Fills caller_normalized / callee_normalized of calls written before those columns existed (NULL), in batches
 * found through the columns' own index, with the same normalizePhoneNumber insertCalls uses (the rule is not
 * ported to SQL, so there is exactly one). Then rebuilds every call-back case. A no-op costing one index probe
 * once every call has its numbers. Returns how many calls were filled.
 */
export async function backfillNormalizedNumbers(db: Database): Promise<number> {
  let filled = 0;
  for (;;) {
    const { rows } = await db.pool.query<{ id: string; caller_number: string; callee_number: string }>(
      `SELECT id, caller_number, callee_number FROM calls WHERE caller_normalized IS NULL LIMIT ${ROWS_PER_BATCH}`,
    );
    if (rows.length === 0) break;
    await db.pool.query(
      `UPDATE calls c SET caller_normalized = x.caller, callee_normalized = x.callee
         FROM unnest($1::text[], $2::text[], $3::text[]) AS x(id, caller, callee) WHERE c.id = x.id`,
      [
        rows.map((row) => row.id),
        rows.map((row) => normalizePhoneNumber(row.caller_number)),
        rows.map((row) => normalizePhoneNumber(row.callee_number)),
      ],
    );
    filled += rows.length;
  }
  if (filled > 0) await markAllCallbackNumbersDirty(db);
  // Also finishes a rebuild a previous process left marked.
  await refreshCallbackCases(db);
  return filled;
}
