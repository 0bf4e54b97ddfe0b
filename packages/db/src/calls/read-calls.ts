import type { Database } from "../database/open-database";

export async function countCalls(db: Database): Promise<number> {
  const result = await db.pool.query<{ count: string }>(`SELECT count(*) AS count FROM calls`);
  return Number(result.rows[0]?.count ?? 0);
}

/** started_at of the newest cached call, or null when the cache is empty. */
export async function newestCallAt(db: Database): Promise<Date | null> {
  const result = await db.pool.query<{ newest: Date | null }>(`SELECT max(started_at) AS newest FROM calls`);
  return result.rows[0]?.newest ?? null;
}
