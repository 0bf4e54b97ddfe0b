import type { Database } from "@antdash/db";

/**
 * Where the cached data stands: counters bumped by database triggers in the same transaction as the rows they
 * stand for (migration 20261206190000_data_versions). Read once per request (one tiny table), so several web
 * processes sharing one PostgreSQL agree at once: a reader who sees a new number also sees the new rows.
 */
export interface DataVersions {
  /** Calls, rollups' zone, call-back cases. */
  calls: string;
  /** The settings table (time zone, thresholds, KPI settings). */
  settings: string;
  /** Users (role, password, disabling, session version) and signed-out sessions. */
  sessions: string;
}

export async function readDataVersions(db: Database): Promise<DataVersions> {
  const { rows } = await db.pool.query<{ name: string; version: string }>(
    `SELECT name, version::text AS version FROM data_versions`,
  );
  const of = (name: string) => {
    const row = rows.find((r) => r.name === name);
    // A missing counter (migration not applied) never matches a cached entry: nothing is shared then.
    return row ? row.version : `missing:${Math.random()}`;
  };
  return { calls: of("calls"), settings: of("settings"), sessions: of("sessions") };
}
