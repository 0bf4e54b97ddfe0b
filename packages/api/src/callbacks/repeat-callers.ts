import type { Database } from "@antdash/db";
import type { RepeatCallers } from "./callback-schemas";

interface RepeatSqlRow {
  grouping: number;
  agent: string | null;
  did: string | null;
  answered: number;
  repeat_24h: number;
  repeat_7d: number;
}

/**
 * A first-contact-resolution proxy: of the answered inbound trunking calls in [from, to], how many were followed
 * by another inbound call from the same (normalized) number within 24 hours and within 7 days (a call starting
 * strictly later; the follow-up may fall after `to`). Per agent who answered the first call and per DID, plus the
 * numbers that called most often in the range. Each answered call costs one look-up in the caller index.
 */
export async function repeatCallers(
  db: Database,
  range: { from: Date; to: Date },
  limit: number,
): Promise<RepeatCallers> {
  const { rows } = await db.pool.query<RepeatSqlRow>(
    `WITH answered AS (
       SELECT a.started_at, COALESCE(a.agents[1], '') AS agent, COALESCE(a.did_number, '') AS did,
              (SELECT min(n.started_at) FROM calls AS n
                WHERE n.caller_normalized = a.caller_normalized AND n.direction = 'to_ab' AND n.class = 'trunking'
                  AND n.started_at > a.started_at AND n.started_at <= a.started_at + interval '7 days') AS next_at
         FROM calls AS a
        WHERE a.started_at >= $1 AND a.started_at <= $2 AND a.direction = 'to_ab' AND a.class = 'trunking'
          AND a.status_detail = 'SUCCESS' AND a.caller_normalized <> ''
     )
     SELECT GROUPING(agent, did) AS grouping, agent, did, count(*)::int AS answered,
            count(*) FILTER (WHERE next_at <= started_at + interval '24 hours')::int AS repeat_24h,
            count(next_at)::int AS repeat_7d
       FROM answered GROUP BY GROUPING SETS ((), (agent), (did))`,
    [range.from, range.to],
  );
  const top = await db.pool.query<{ number: string; calls: number; answered: number; last_at: Date }>(
    `SELECT caller_normalized AS number, count(*)::int AS calls,
            count(*) FILTER (WHERE status_detail = 'SUCCESS')::int AS answered, max(started_at) AS last_at
       FROM calls
      WHERE started_at >= $1 AND started_at <= $2 AND direction = 'to_ab' AND class = 'trunking' AND caller_normalized <> ''
      GROUP BY caller_normalized HAVING count(*) >= 2
      ORDER BY calls DESC, number LIMIT $3`,
    [range.from, range.to, limit],
  );
  const shares = (r: RepeatSqlRow | undefined) => {
    const answered = r?.answered ?? 0;
    const repeat24h = r?.repeat_24h ?? 0;
    const repeat7d = r?.repeat_7d ?? 0;
    return {
      answered,
      repeat24h,
      repeat7d,
      repeat24hShare: answered > 0 ? repeat24h / answered : null,
      repeat7dShare: answered > 0 ? repeat7d / answered : null,
    };
  };
  return {
    overall: shares(rows.find((r) => r.grouping === 3)),
    byAgent: rows
      .filter((r) => r.grouping === 1 && r.agent !== "")
      .map((r) => ({ agent: r.agent ?? "", ...shares(r) }))
      .sort((a, b) => b.answered - a.answered || a.agent.localeCompare(b.agent)),
    byDid: rows
      .filter((r) => r.grouping === 2)
      .map((r) => ({ did: r.did ?? "", ...shares(r) }))
      .sort((a, b) => b.answered - a.answered || a.did.localeCompare(b.did)),
    topCallers: top.rows.map((r) => ({
      number: r.number,
      calls: r.calls,
      answered: r.answered,
      lastAt: r.last_at,
    })),
  };
}
