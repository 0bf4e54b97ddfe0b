import type { Database } from "@antdash/db";
import type { AlertKind } from "./alert-rules";

/** A rule firing now: what the Alerts page and the wall screens show (no recipients, URL or key). */
export interface FiringAlert {
  id: string;
  name: string;
  kind: AlertKind;
  threshold: number;
  windowMinutes: number;
  since: Date;
  value: number | null;
}

/** Enabled rules firing now, the longest-firing first. */
export async function firingAlerts(db: Database): Promise<FiringAlert[]> {
  const { rows } = await db.pool.query<FiringAlert>(
    `SELECT id, name, kind, threshold, window_minutes AS "windowMinutes", firing_since AS since, last_value AS value
       FROM alert_rules WHERE enabled AND firing_since IS NOT NULL ORDER BY firing_since, name, id`,
  );
  return rows;
}
