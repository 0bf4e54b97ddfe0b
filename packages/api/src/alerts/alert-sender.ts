import type { Database } from "@antdash/db";
import { createHmac } from "node:crypto";
import { recordAudit } from "../audit/audit";
import { nextAttemptAt } from "../outbox/backoff";
import { type Mailer, messageIdFor, PermanentMailError } from "../outbox/mailer";
import { claimDueDelivery, type DeliveryRow, markDeliveryFailed, markDeliverySent } from "../outbox/outbox";
import { AlertRuleNotFoundError, getAlertRule } from "./alert-rules";

export const WEBHOOK_SIGNATURE_HEADER = "X-Antdash-Signature";

export interface AlertSenderOptions {
  db: Database;
  mailer: Mailer | null;
  owner: string;
  now?: () => Date;
  leaseMs?: number;
  /** A webhook that has not answered by then counts as failed (and is retried). */
  webhookTimeoutMs?: number;
  retryBaseMs?: number;
  /** The dashboard's public origin, for the link in the message. */
  publicUrl?: string;
  log?: (line: string) => void;
}

/** HMAC-SHA256 of the exact body with the rule's key, as "sha256=<hex>" (GitHub's convention). */
export const webhookSignature = (body: string, secret: string) =>
  `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

/** Sends the due alert notifications (e-mail and webhook), one at a time; returns how many were handled. */
export async function sendDueAlerts(opts: AlertSenderOptions, max = 50): Promise<number> {
  let handled = 0;
  const now = opts.now ?? (() => new Date());
  while (handled < max) {
    const row = await claimDueDelivery(opts.db, {
      owner: opts.owner,
      now: now(),
      leaseMs: opts.leaseMs ?? 60_000,
      kind: "alert",
    });
    if (!row) return handled;
    await sendOne(opts, row, now());
    handled++;
  }
  return handled;
}

interface AlertMessage {
  text: string;
  body: Record<string, unknown>;
}

async function messageOf(
  db: Database,
  row: DeliveryRow,
  publicUrl?: string,
): Promise<{ message: AlertMessage; secret: string | null; emails: string[]; url: string | null }> {
  const { rows } = await db.pool.query<{
    rule_id: string;
    kind: string;
    at: Date;
    value: number | null;
    detail: unknown;
  }>(`SELECT rule_id, kind, at, value, detail FROM alert_events WHERE id = $1`, [row.alertEventId]);
  const event = rows[0]!;
  const rule = await getAlertRule(db, event.rule_id);
  const verb = event.kind === "fired" ? "FIRING" : "RECOVERED";
  const text = `[${verb}] ${rule.name}: ${rule.kind} = ${event.value ?? "–"} (threshold ${rule.threshold}, last ${rule.windowMinutes} min)${publicUrl ? ` ${new URL("/alerts", publicUrl).toString()}` : ""}`;
  return {
    // `text` first: Slack and Google Chat incoming webhooks show it as the message.
    message: {
      text,
      body: {
        text,
        event: event.kind,
        rule: {
          id: rule.id,
          name: rule.name,
          kind: rule.kind,
          threshold: rule.threshold,
          windowMinutes: rule.windowMinutes,
        },
        value: event.value,
        detail: event.detail,
        at: event.at.toISOString(),
        deliveryId: row.id,
      },
    },
    secret: rule.webhookSecret,
    emails: rule.emails,
    url: rule.webhookUrl,
  };
}

async function sendOne(opts: AlertSenderOptions, row: DeliveryRow, now: Date): Promise<void> {
  const { db, owner } = opts;
  try {
    const { message, secret, url } = await messageOf(db, row, opts.publicUrl);
    let messageId: string | null = null;
    if (row.channel === "email") {
      if (!opts.mailer) throw new Error("SMTP_URL / MAIL_FROM are not set");
      const to = row.dedupeKey.split(":").slice(3).join(":");
      const sent = await opts.mailer.send({
        to: [to],
        subject: message.text.slice(0, 150),
        text: message.text,
        messageId: messageIdFor(row.id, opts.mailer.from),
      });
      messageId = sent.messageId;
    } else {
      if (!url) throw new PermanentMailError("the rule has no webhook URL any more");
      const body = JSON.stringify(message.body);
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "X-Delivery-Id": row.id,
          ...(secret && { [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(body, secret) }),
        },
        body,
        signal: AbortSignal.timeout(opts.webhookTimeoutMs ?? 10_000),
        redirect: "error",
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`webhook answered HTTP ${response.status}`);
    }
    await markDeliverySent(db, { id: row.id, owner, at: now, messageId, incomplete: false });
    await recordAudit(db, {
      user: null,
      action: "alert.notify",
      detail: { deliveryId: row.id, channel: row.channel, eventId: row.alertEventId },
    });
  } catch (error) {
    const e = error as Error;
    // Never the URL (it may carry a token): the reason only.
    const message = e.name === "TimeoutError" ? "webhook did not answer in time" : e.message.split("\n")[0]!;
    const retryAt = nextAttemptAt(now, row.attempts, {
      // A rule deleted since it fired will not come back: its notification fails for good, without retries.
      permanent: error instanceof PermanentMailError || error instanceof AlertRuleNotFoundError,
      ...(opts.retryBaseMs !== undefined && { baseMs: opts.retryBaseMs }),
    });
    await markDeliveryFailed(db, { id: row.id, owner, error: message, retryAt });
    opts.log?.(`alert notification ${row.id} (${row.channel}) failed (attempt ${row.attempts}): ${message}`);
  }
}
