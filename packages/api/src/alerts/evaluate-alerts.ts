import { type Database, toWallClock } from "@antdash/db";
import { randomUUID } from "node:crypto";
import { getSettings } from "../admin/settings";
import { enqueueDelivery } from "../outbox/outbox";
import { isoWeekday, localMidnight } from "../reports/zoned-clock";
import { readAlert } from "./alert-metrics";
import { alertChange } from "./alert-transition";
import { type AlertRuleWithSecret, type BusinessHours, listAlertRules } from "./alert-rules";

/** Whether `at` falls in the rule's business hours (always, without them). */
export function inBusinessHours(hours: BusinessHours | null, at: Date, zone: string): boolean {
  if (!hours) return true;
  const local = toWallClock(at, zone);
  const minute = (local - localMidnight(local)) / 60_000;
  return hours.days.includes(isoWeekday(local)) && minute >= hours.start && minute < hours.end;
}

/**
 * Evaluates every enabled rule at `at` (after each sync pass). A rule notifies only on a change: when it starts
 * firing and when it recovers. The change is written with a conditional UPDATE (firing_since IS NULL / IS NOT
 * NULL), so when several processes evaluate at once exactly one records the event and enqueues its notifications.
 * Outside its business hours a rule is not read and keeps its state.
 */
export async function evaluateAlerts(db: Database, at: Date): Promise<{ fired: number; recovered: number }> {
  const { timeZone, kpi } = await getSettings(db);
  let fired = 0;
  let recovered = 0;
  for (const rule of await listAlertRules(db, { enabledOnly: true })) {
    if (!inBusinessHours(rule.businessHours, at, timeZone)) continue;
    const reading = await readAlert(db, rule, at, kpi);
    await db.pool.query(`UPDATE alert_rules SET last_value = $2, evaluated_at = $3 WHERE id = $1`, [
      rule.id,
      reading.value,
      at,
    ]);
    const change = alertChange(rule.firingSince !== null, reading.firing);
    if (change === "fired" && (await transition(db, rule, "fired", at, reading))) fired++;
    if (change === "recovered" && (await transition(db, rule, "recovered", at, reading))) recovered++;
  }
  return { fired, recovered };
}

async function transition(
  db: Database,
  rule: AlertRuleWithSecret,
  kind: "fired" | "recovered",
  at: Date,
  reading: { value: number | null; detail: Record<string, unknown> },
): Promise<boolean> {
  const { rowCount } = await db.pool.query(
    kind === "fired"
      ? `UPDATE alert_rules SET firing_since = $2 WHERE id = $1 AND firing_since IS NULL`
      : `UPDATE alert_rules SET firing_since = NULL WHERE id = $1 AND firing_since IS NOT NULL AND $2::timestamptz IS NOT NULL`,
    [rule.id, at],
  );
  if (rowCount !== 1) return false;
  const eventId = randomUUID();
  await db.pool.query(
    `INSERT INTO alert_events (id, rule_id, kind, at, value, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
    [eventId, rule.id, kind, at, reading.value, JSON.stringify(reading.detail)],
  );
  const targets = [
    ...rule.emails.map((email) => ({ channel: "email" as const, target: email })),
    ...(rule.webhookUrl ? [{ channel: "webhook" as const, target: "webhook" }] : []),
  ];
  for (const t of targets) {
    await enqueueDelivery(db, {
      dedupeKey: `alert:${eventId}:${t.channel}:${t.target}`,
      kind: "alert",
      channel: t.channel,
      alertEventId: eventId,
      requestedBy: "alert",
      notBefore: at,
    });
  }
  return true;
}

export interface AlertEventView {
  id: string;
  ruleId: string;
  ruleName: string | null;
  kind: "fired" | "recovered";
  at: Date;
  value: number | null;
  detail: Record<string, unknown>;
}

/** Newest first: the Alerts page's history. */
export async function listAlertEvents(
  db: Database,
  limit: number,
  ruleId?: string,
): Promise<AlertEventView[]> {
  const { rows } = await db.pool.query<AlertEventView>(
    `SELECT e.id, e.rule_id AS "ruleId", r.name AS "ruleName", e.kind, e.at, e.value, e.detail
       FROM alert_events AS e LEFT JOIN alert_rules AS r ON r.id = e.rule_id
      WHERE ($2::text IS NULL OR e.rule_id = $2) ORDER BY e.at DESC, e.id DESC LIMIT $1`,
    [limit, ruleId ?? null],
  );
  return rows;
}
