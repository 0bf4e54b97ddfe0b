import type { Database } from "@antdash/db";

/** One notification of an alert event, as the Alerts page shows it (never the webhook URL: it may hold a token). */
export interface AlertDeliveryView {
  id: string;
  ruleId: string | null;
  ruleName: string | null;
  event: "fired" | "recovered" | null;
  eventAt: Date | null;
  channel: "email" | "webhook";
  /** The e-mail address, or "webhook". */
  target: string;
  state: "pending" | "sending" | "sent" | "failed";
  attempts: number;
  /** Why the last attempt failed (kept after a later success is not possible: a sent row clears it). */
  lastError: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
  createdAt: Date;
}

/** Newest first; `problemsOnly`: those not sent yet that have failed at least once, and those given up. */
export async function listAlertDeliveries(
  db: Database,
  opts: { limit: number; ruleId?: string | undefined; problemsOnly?: boolean | undefined },
): Promise<AlertDeliveryView[]> {
  const { rows } = await db.pool.query<AlertDeliveryView & { dedupeKey: string }>(
    `SELECT d.id, e.rule_id AS "ruleId", r.name AS "ruleName", e.kind AS event, e.at AS "eventAt", d.channel,
            d.dedupe_key AS "dedupeKey", d.state, d.attempts, d.last_error AS "lastError",
            d.next_attempt_at AS "nextAttemptAt", d.sent_at AS "sentAt", d.created_at AS "createdAt"
       FROM deliveries AS d
       LEFT JOIN alert_events AS e ON e.id = d.alert_event_id
       LEFT JOIN alert_rules AS r ON r.id = e.rule_id
      WHERE d.kind = 'alert' AND ($2::text IS NULL OR e.rule_id = $2)
        AND (NOT $3::boolean OR (d.state <> 'sent' AND d.last_error IS NOT NULL))
      ORDER BY d.created_at DESC, d.id DESC LIMIT $1`,
    [opts.limit, opts.ruleId ?? null, opts.problemsOnly ?? false],
  );
  // The key is "alert:<event>:<channel>:<target>" (see evaluate-alerts): the target is its tail.
  return rows.map(({ dedupeKey, ...row }) => ({ ...row, target: dedupeKey.split(":").slice(3).join(":") }));
}
