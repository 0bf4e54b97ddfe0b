import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import type { CallSqlColumns } from "../calls/call-views";
import { callWhere } from "../calls/call-where";

/** One call as exports show it. */
export interface ExportedCall extends CallSqlColumns {
  recording: string | null;
}

/**
 * Yields every call matching the filter, newest first, in keyset-paged batches: memory stays flat whatever the
 * number of rows, and no long-lived cursor holds a connection between batches.
 */
export async function* iterateCalls(
  db: Database,
  filter: CallFilter,
  batchSize = 5000,
): AsyncGenerator<ExportedCall[]> {
  let after: { startedAt: Date; seq: string } | null = null;
  for (;;) {
    const where = callWhere(filter);
    let keyset = "";
    const params = [...where.params];
    if (after) {
      params.push(after.startedAt, after.seq);
      keyset = ` AND (started_at, seq) < ($${params.length - 1}, $${params.length}::bigint)`;
    }
    params.push(batchSize);
    const { rows } = await db.pool.query<ExportedCall & { seq: string }>(
      `SELECT started_at, direction, status_detail, class, caller_number, caller_username, callee_number,
              callee_username, did_number, duration_seconds, billing_seconds, wait_seconds, recording, id, seq
         FROM calls WHERE ${where.sql}${keyset}
        ORDER BY started_at DESC, seq DESC LIMIT $${params.length}`,
      params,
    );
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    after = { startedAt: last.started_at, seq: last.seq };
  }
}
