import type { Database } from "@antdash/db";

/** How far back agents' names are looked up (agents who took no call in a week are not on a wall anyway). */
const LOOKBACK_MS = 7 * 86_400_000;

/**
 * SIP user → username of the agents in recent history. Live call signals name an agent by SIP user (a "user"
 * party's number); the leaderboard and the analytics by username: this map lets the wall say one name.
 */
export async function agentNames(db: Database, at: Date): Promise<Record<string, string>> {
  const { rows } = await db.pool.query<{ number: string; username: string }>(
    `SELECT DISTINCT ON (number) number, username FROM (
       SELECT callee_number AS number, callee_username AS username, started_at FROM calls
        WHERE callee_type = 'user' AND callee_username IS NOT NULL AND started_at >= $1 AND started_at <= $2
       UNION ALL
       SELECT caller_number, caller_username, started_at FROM calls
        WHERE caller_type = 'user' AND caller_username IS NOT NULL AND started_at >= $1 AND started_at <= $2
     ) AS parties
     WHERE username <> '' AND username <> number
     ORDER BY number, started_at DESC`,
    [new Date(at.getTime() - LOOKBACK_MS), at],
  );
  return Object.fromEntries(rows.map((r) => [r.number, r.username]));
}
