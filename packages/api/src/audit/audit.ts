import type { Database } from "@antdash/db";
import { cursorText, cursorTime, decodeCursor, encodeCursor } from "../cursor";

/** What the audit trail records. */
export const AUDIT_ACTIONS = [
  "export",
  "recording.play",
  "click_to_call",
  "user.create",
  "user.update",
  "user.set_password",
  "user.delete",
  "settings.update",
  "tv_display.create",
  "tv_display.rename",
  "tv_display.revoke",
  "sync.backfill",
  "callback.assign",
  "callback.close",
  "callback.reopen",
  "report.create",
  "report.update",
  "report.delete",
  "report.send",
  "report.send_now",
  "alert_rule.create",
  "alert_rule.update",
  "alert_rule.delete",
  "alert.notify",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEventView {
  id: string;
  at: Date;
  userId: string | null;
  userEmail: string | null;
  /** "user@host" of the operating-system account when the event came from `pnpm cli` (no signed-in user). */
  cliUser: string | null;
  action: string;
  detail: unknown;
}

/** Who did it: a signed-in user, or (`cliUser`) whoever ran the command line. */
export interface AuditActor {
  user: { id: string; email: string } | null;
  /** "user@host" of the operating-system account that ran `pnpm cli`. */
  cliUser?: string;
}

/** Records who did what. `detail` is JSON: the filter, the call id, the changed fields (never a secret). */
export async function recordAudit(
  db: Database,
  event: AuditActor & { action: AuditAction; detail: unknown },
): Promise<void> {
  await db.prisma.auditEvent.create({
    data: {
      userId: event.user?.id ?? null,
      userEmail: event.user?.email ?? null,
      cliUser: event.cliUser ?? null,
      action: event.action,
      // Round-trip through JSON: Dates become ISO strings, undefined fields disappear.
      detail: JSON.parse(JSON.stringify(event.detail ?? null)) as object,
    },
    select: { id: true },
  });
}

/** Newest first, `limit` per page; pass the returned `nextBefore` to read the next page. */
export async function listAudit(
  db: Database,
  opts: { limit: number; before?: string },
): Promise<{ events: AuditEventView[]; nextBefore: string | null }> {
  const params: unknown[] = [opts.limit + 1];
  let keyset = "";
  if (opts.before !== undefined) {
    const [at, id] = decodeCursor(opts.before, "audit", 2);
    params.push(cursorTime(at), cursorText(id));
    keyset = "WHERE (at, id) < ($2, $3)";
  }
  const { rows } = await db.pool.query<{
    id: string;
    at: Date;
    user_id: string | null;
    user_email: string | null;
    cli_user: string | null;
    action: string;
    detail: unknown;
  }>(
    `SELECT id, at, user_id, user_email, cli_user, action, detail FROM audit_events ${keyset} ORDER BY at DESC, id DESC LIMIT $1`,
    params,
  );
  const page = rows.slice(0, opts.limit);
  const last = page[page.length - 1];
  return {
    events: page.map((r) => ({
      id: r.id,
      at: r.at,
      userId: r.user_id,
      userEmail: r.user_email,
      cliUser: r.cli_user,
      action: r.action,
      detail: r.detail,
    })),
    nextBefore:
      rows.length > opts.limit && last ? encodeCursor("audit", [last.at.toISOString(), last.id]) : null,
  };
}
