import type { Database } from "@antdash/db";
import type { WallboardCallbacks } from "./callback-schemas";

/**
 * The wallboard's call-back panel as of `at`: the open backlog (every day, not only today) and its oldest case,
 * and today's cases (first missed since the local midnight `from`), how many are reached and the median time to
 * reach them.
 */
export async function wallboardCallbacks(
  db: Database,
  range: { from: Date; at: Date },
): Promise<WallboardCallbacks> {
  const { rows } = await db.pool.query<{
    open_backlog: number;
    oldest_open_at: Date | null;
    opened_today: number;
    reached_today: number;
    median_reach: number | string | null;
  }>(
    `SELECT count(*) FILTER (WHERE status = 'open')::int AS open_backlog,
            min(first_missed_at) FILTER (WHERE status = 'open') AS oldest_open_at,
            count(*) FILTER (WHERE first_missed_at >= $1)::int AS opened_today,
            count(*) FILTER (WHERE first_missed_at >= $1 AND reached_at <= $2)::int AS reached_today,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM reached_at - first_missed_at))
              FILTER (WHERE first_missed_at >= $1 AND reached_at <= $2) AS median_reach
       FROM callback_cases WHERE first_missed_at <= $2`,
    [range.from, range.at],
  );
  const row = rows[0];
  return {
    openBacklog: row?.open_backlog ?? 0,
    oldestOpenAt: row?.oldest_open_at ?? null,
    openedToday: row?.opened_today ?? 0,
    reachedToday: row?.reached_today ?? 0,
    medianSecondsToReachToday: row?.median_reach == null ? null : Number(row.median_reach),
  };
}
