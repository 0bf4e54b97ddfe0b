import type { Database } from "@antdash/db";
import type { MissedCallbacks } from "./wallboard-schemas";

/**
 * Numbers whose inbound trunk calls in [from, at] were not answered, with no later outbound call to that number
 * (any outcome: an attempt counts as calling back) and no later answered call from it, up to `at`.
 */
export async function missedCallbacks(
  db: Database,
  range: { from: Date; at: Date },
  limit: number,
): Promise<MissedCallbacks> {
  const { rows } = await db.pool.query<{
    number: string;
    did: string | null;
    last_at: Date;
    attempts: number;
    total: number;
  }>(
    `WITH missed AS (
       SELECT caller_number AS number, max(started_at) AS last_at, count(*)::int AS attempts,
              (array_agg(did_number ORDER BY started_at DESC))[1] AS did
         FROM calls
        WHERE started_at >= $1 AND started_at <= $2
          AND direction = 'to_ab' AND class = 'trunking' AND status_detail <> 'SUCCESS'
        GROUP BY caller_number
     ), waiting AS (
       SELECT m.* FROM missed AS m
        WHERE NOT EXISTS (
          SELECT 1 FROM calls AS c
           WHERE c.started_at > m.last_at AND c.started_at <= $2
             AND ((c.direction = 'from_ab' AND c.callee_number = m.number)
               OR (c.direction = 'to_ab' AND c.status_detail = 'SUCCESS' AND c.caller_number = m.number)))
     )
     SELECT number, did, last_at, attempts, count(*) OVER ()::int AS total
       FROM waiting ORDER BY last_at DESC, number LIMIT $3`,
    [range.from, range.at, limit],
  );
  return {
    total: rows[0]?.total ?? 0,
    callers: rows.map((r) => ({ number: r.number, did: r.did, lastAt: r.last_at, attempts: r.attempts })),
  };
}
