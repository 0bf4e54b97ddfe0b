import type { Database } from "@antdash/db";

/**
 * Calls appear in AntRing's history only once they end: a period counts as synced when a successful sync pass
 * reached at least this long after its end (calls still ringing at the end have finished by then).
 */
const SYNC_GRACE_MS = 5 * 60_000;

/** Whether the cache holds every call up to `to` (a successful sync run covered to + grace). */
export async function periodSynced(db: Database, to: Date): Promise<boolean> {
  const { rows } = await db.pool.query<{ ok: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM sync_runs WHERE status = 'succeeded' AND range_to >= $1) AS ok`,
    [new Date(to.getTime() + SYNC_GRACE_MS)],
  );
  return rows[0]?.ok ?? false;
}
