import type { Database } from "@antdash/db";

/**
 * A short text that changes whenever what a wall screen shows may have changed: the newest call, the newest sync
 * run (its state and how many calls it wrote), the settings, and alerts starting or recovering (the banner). One cheap query (each part reads one index or a
 * tiny table), so every web instance can poll it every second or two and recompute the board only on a change.
 */
export async function wallboardDataVersion(db: Database): Promise<string> {
  const { rows } = await db.pool.query<{ version: string }>(
    `SELECT concat_ws('|',
              (SELECT extract(epoch FROM max(started_at))::text FROM calls),
              (SELECT concat_ws(':', id, status, calls_inserted, windows_done)
                 FROM sync_runs ORDER BY started_at DESC LIMIT 1),
              (SELECT extract(epoch FROM max(updated_at))::text FROM settings),
              (SELECT concat_ws(':', count(*), extract(epoch FROM max(at))) FROM alert_events),
              (SELECT concat_ws(':', count(*), extract(epoch FROM max(updated_at))) FROM alert_rules)) AS version`,
  );
  return rows[0]?.version ?? "";
}
