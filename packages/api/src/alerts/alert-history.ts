import type { Database } from "@antdash/db";
import { cursorText, cursorTime, decodeCursor, encodeCursor } from "../cursor";
import type { AlertEventView } from "./evaluate-alerts";

/** The Alerts page's history, newest first, a page at a time (`cursor`: the previous page's nextCursor). */
export async function pageAlertEvents(
  db: Database,
  opts: { limit: number; cursor?: string | null | undefined; ruleId?: string | undefined },
): Promise<{ events: AlertEventView[]; nextCursor: string | null }> {
  const params: unknown[] = [opts.limit + 1, opts.ruleId ?? null];
  let after = "";
  if (opts.cursor) {
    const [at, id] = decodeCursor(opts.cursor, "alert-events", 2);
    params.push(cursorTime(at), cursorText(id));
    after = `AND (e.at, e.id) < ($3::timestamptz, $4::text)`;
  }
  const { rows } = await db.pool.query<AlertEventView>(
    `SELECT e.id, e.rule_id AS "ruleId", r.name AS "ruleName", e.kind, e.at, e.value, e.detail
       FROM alert_events AS e LEFT JOIN alert_rules AS r ON r.id = e.rule_id
      WHERE ($2::text IS NULL OR e.rule_id = $2) ${after}
      ORDER BY e.at DESC, e.id DESC LIMIT $1`,
    params,
  );
  const events = rows.slice(0, opts.limit);
  const last = events.at(-1);
  return {
    events,
    nextCursor:
      rows.length > opts.limit && last
        ? encodeCursor("alert-events", [last.at.toISOString(), last.id])
        : null,
  };
}
