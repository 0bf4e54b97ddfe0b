import type { Database } from "../database/open-database";

/**
 * The short-abandon threshold of the KPI settings (the api's admin/settings.ts `kpi.shortAbandonSeconds`), read
 * here because the cases are rebuilt as the sync writes, below the api. Keep the default equal to the api's
 * DEFAULT_KPI_SETTINGS (a test in the api checks it).
 */
export const DEFAULT_SHORT_ABANDON_SECONDS = 5;

export async function readShortAbandonSeconds(db: Database): Promise<number> {
  const { rows } = await db.pool.query<{ value: unknown }>(`SELECT value FROM settings WHERE key = 'kpi'`);
  const value = (rows[0]?.value as { shortAbandonSeconds?: unknown } | undefined)?.shortAbandonSeconds;
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 120
    ? value
    : DEFAULT_SHORT_ABANDON_SECONDS;
}
