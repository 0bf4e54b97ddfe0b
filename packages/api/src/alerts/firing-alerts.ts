import type { Database } from "@antdash/db";
import type { z } from "zod";
import type { firingAlertSchema } from "./alert-schemas";

/** A rule firing now: what the Alerts page and the wall screens show (no recipients, URL or key). */
export type FiringAlert = z.infer<typeof firingAlertSchema>;

/** Enabled rules firing now, the longest-firing first. */
export async function firingAlerts(db: Database): Promise<FiringAlert[]> {
  const { rows } = await db.pool.query<FiringAlert>(
    `SELECT id, name, kind, threshold, window_minutes AS "windowMinutes", firing_since AS since, last_value AS value
       FROM alert_rules WHERE enabled AND firing_since IS NOT NULL ORDER BY firing_since, name, id`,
  );
  return rows;
}
