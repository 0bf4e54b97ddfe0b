import type { Database } from "@antdash/db";
import { randomUUID } from "node:crypto";

/**
 * The outbox: every report and alert notification is a row here before it is sent, keyed by a unique dedupe key
 * (one per report and period, one per alert event, channel and target), so that several processes ticking at the
 * same moment enqueue it once and exactly one of them sends it.
 *
 * States: pending -> sending (claimed with a lease) -> sent | failed; a failed attempt that may succeed later goes
 * back to pending with a later next_attempt_at (backoff). A claim whose lease ran out (its process died) is claimed
 * again by the next tick.
 *
 * The one window that cannot be closed: the SMTP server (or webhook receiver) accepted the message and the process
 * died before writing "sent". The lease then runs out and the message is sent again. We choose that (at least once
 * in that window of a few milliseconds) over losing a report; the retry carries the same Message-ID
 * (<delivery id@host>) or X-Delivery-Id header so mail systems and receivers can recognise and drop it.
 */
export type DeliveryState = "pending" | "sending" | "sent" | "failed";
export type DeliveryKind = "report" | "alert";
export type DeliveryChannel = "email" | "webhook";

export interface DeliveryRow {
  id: string;
  dedupeKey: string;
  kind: DeliveryKind;
  channel: DeliveryChannel;
  reportId: string | null;
  alertEventId: string | null;
  periodFrom: Date | null;
  periodTo: Date | null;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: Date;
  leaseOwner: string | null;
  lastError: string | null;
  incomplete: boolean;
  requestedBy: string;
  messageId: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

export interface NewDelivery {
  dedupeKey: string;
  kind: DeliveryKind;
  channel: DeliveryChannel;
  reportId?: string;
  alertEventId?: string;
  periodFrom?: Date;
  periodTo?: Date;
  requestedBy: string;
  /** When it may first be sent (default: now). */
  notBefore?: Date;
}

const COLUMNS = `id, dedupe_key AS "dedupeKey", kind, channel, report_id AS "reportId", alert_event_id AS "alertEventId",
  period_from AS "periodFrom", period_to AS "periodTo", state, attempts, next_attempt_at AS "nextAttemptAt",
  lease_owner AS "leaseOwner", last_error AS "lastError", incomplete, requested_by AS "requestedBy",
  message_id AS "messageId", sent_at AS "sentAt", created_at AS "createdAt"`;

/** Adds a message to the outbox unless one with the same key exists; true when this call added it. */
export async function enqueueDelivery(db: Database, d: NewDelivery): Promise<boolean> {
  const { rowCount } = await db.pool.query(
    `INSERT INTO deliveries (id, dedupe_key, kind, channel, report_id, alert_event_id, period_from, period_to,
                             requested_by, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [
      randomUUID(),
      d.dedupeKey,
      d.kind,
      d.channel,
      d.reportId ?? null,
      d.alertEventId ?? null,
      d.periodFrom ?? null,
      d.periodTo ?? null,
      d.requestedBy,
      d.notBefore ?? new Date(),
    ],
  );
  return rowCount === 1;
}

/**
 * Claims one due message for `owner` until now + leaseMs: a pending one whose time has come, or one whose sender's
 * lease ran out. The WHERE clause is checked again on the row being updated, so two processes racing for the same
 * row cannot both win (PostgreSQL re-evaluates it after the first commit; PGlite runs one statement at a time).
 */
export async function claimDueDelivery(
  db: Database,
  opts: { owner: string; now: Date; leaseMs: number; kind?: DeliveryKind },
): Promise<DeliveryRow | null> {
  const due = `((state = 'pending' AND next_attempt_at <= $2) OR (state = 'sending' AND lease_until < $2))`;
  const kind = opts.kind ? `AND kind = $4` : "";
  const params: unknown[] = [opts.owner, opts.now, new Date(opts.now.getTime() + opts.leaseMs)];
  if (opts.kind) params.push(opts.kind);
  const { rows } = await db.pool.query<DeliveryRow>(
    `UPDATE deliveries SET state = 'sending', lease_owner = $1, lease_until = $3, attempts = attempts + 1
      WHERE id = (SELECT id FROM deliveries WHERE ${due} ${kind}
                   ORDER BY next_attempt_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        AND ${due}
      RETURNING ${COLUMNS}`,
    params,
  );
  return rows[0] ?? null;
}

/** Marks a claimed message sent; false when this owner no longer holds it (its lease ran out and another took it). */
export async function markDeliverySent(
  db: Database,
  d: {
    id: string;
    owner: string;
    at: Date;
    messageId: string | null;
    incomplete: boolean;
    note?: string | null;
  },
): Promise<boolean> {
  const { rowCount } = await db.pool.query(
    `UPDATE deliveries SET state = 'sent', sent_at = $3, message_id = $4, incomplete = $5, last_error = $6,
            lease_owner = NULL, lease_until = NULL
      WHERE id = $1 AND lease_owner = $2 AND state = 'sending'`,
    [d.id, d.owner, d.at, d.messageId, d.incomplete, d.note ?? null],
  );
  return rowCount === 1;
}

/** The attempt failed: try again after a backoff, or give up (permanent error, or too many attempts). */
export async function markDeliveryFailed(
  db: Database,
  d: { id: string; owner: string; error: string; retryAt: Date | null },
): Promise<void> {
  await db.pool.query(
    `UPDATE deliveries SET state = $3, last_error = $4, next_attempt_at = COALESCE($5, next_attempt_at),
            lease_owner = NULL, lease_until = NULL
      WHERE id = $1 AND lease_owner = $2 AND state = 'sending'`,
    [d.id, d.owner, d.retryAt ? "pending" : "failed", d.error.slice(0, 1000), d.retryAt],
  );
}

/** Gives a claim back without counting it as an attempt (e.g. the period's data is not synced yet). */
export async function postponeDelivery(
  db: Database,
  d: { id: string; owner: string; until: Date; reason: string },
): Promise<void> {
  await db.pool.query(
    `UPDATE deliveries SET state = 'pending', attempts = attempts - 1, next_attempt_at = $3, last_error = $4,
            lease_owner = NULL, lease_until = NULL
      WHERE id = $1 AND lease_owner = $2 AND state = 'sending'`,
    [d.id, d.owner, d.until, d.reason],
  );
}

/** Newest first. */
export async function listDeliveries(
  db: Database,
  where: { reportId?: string; kind?: DeliveryKind; alertEventIds?: string[] },
  limit: number,
): Promise<DeliveryRow[]> {
  const conditions: string[] = [];
  const params: unknown[] = [limit];
  if (where.reportId !== undefined) {
    params.push(where.reportId);
    conditions.push(`report_id = $${params.length}`);
  }
  if (where.kind !== undefined) {
    params.push(where.kind);
    conditions.push(`kind = $${params.length}`);
  }
  if (where.alertEventIds !== undefined) {
    params.push(where.alertEventIds);
    conditions.push(`alert_event_id = ANY($${params.length})`);
  }
  const { rows } = await db.pool.query<DeliveryRow>(
    `SELECT ${COLUMNS} FROM deliveries ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}
      ORDER BY created_at DESC, id DESC LIMIT $1`,
    params,
  );
  return rows;
}
