import type { Database } from "@antdash/db";
import { localHourOf } from "./local-hour";
import type { CallbackCaseView, CaseStatus, CloseReason } from "./callback-schemas";

/** The columns of a case as the worklist reads them: the derived row, its people's state and the owner's name. */
export const CASE_COLUMNS_SQL = `c.id, c.number, c.first_missed_at, c.last_missed_at, c.missed_count, c.dids, c.attempts,
  c.first_attempt_at, c.last_attempt_at, c.status, c.reached_at, c.reached_by, c.reached_agent, c.closed_at,
  c.contact_hours, s.close_reason, s.closed_by, s.owner_id, u.name AS owner_name`;

export const CASE_FROM_SQL = `callback_cases AS c
  LEFT JOIN callback_case_states AS s ON s.case_id = c.id
  LEFT JOIN users AS u ON u.id = s.owner_id`;

export interface CaseSqlRow {
  id: string;
  number: string;
  first_missed_at: Date;
  last_missed_at: Date;
  missed_count: number;
  dids: string[] | null;
  attempts: number;
  first_attempt_at: Date | null;
  last_attempt_at: Date | null;
  status: CaseStatus;
  reached_at: Date | null;
  reached_by: "callback" | "customer" | null;
  reached_agent: string | null;
  closed_at: Date | null;
  contact_hours: number[] | null;
  close_reason: CloseReason | null;
  closed_by: string | null;
  owner_id: string | null;
  owner_name: string | null;
}

export function toCaseView(row: CaseSqlRow, now: Date, currentHour: number): CallbackCaseView {
  const hours = row.contact_hours?.length === 24 ? row.contact_hours : new Array<number>(24).fill(0);
  const end = row.reached_at ?? (row.status === "closed" ? row.closed_at : null) ?? now;
  return {
    id: row.id,
    number: row.number,
    firstMissedAt: row.first_missed_at,
    lastMissedAt: row.last_missed_at,
    missedCount: row.missed_count,
    dids: row.dids ?? [],
    attempts: row.attempts,
    firstAttemptAt: row.first_attempt_at,
    lastAttemptAt: row.last_attempt_at,
    status: row.status,
    reachedAt: row.reached_at,
    reachedBy: row.reached_by,
    reachedAgent: row.reached_agent,
    closedAt: row.status === "closed" ? row.closed_at : null,
    closeReason: row.status === "closed" ? row.close_reason : null,
    closedBy: row.status === "closed" ? row.closed_by : null,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    ageSeconds: Math.max(0, Math.floor((end.getTime() - row.first_missed_at.getTime()) / 1000)),
    contactHours: hours,
    bestHours: hours
      .map((count, hour) => ({ count, hour }))
      .filter((h) => h.count > 0)
      .sort((a, b) => b.count - a.count || a.hour - b.hour)
      .map((h) => h.hour),
    likelyNow: hours[currentHour] ?? 0,
  };
}

/** One case by id, or null. */
export async function readCase(
  db: Database,
  id: string,
  timeZone: string,
  now = new Date(),
): Promise<CallbackCaseView | null> {
  const { rows } = await db.pool.query<CaseSqlRow>(
    `SELECT ${CASE_COLUMNS_SQL} FROM ${CASE_FROM_SQL} WHERE c.id = $1`,
    [id],
  );
  const row = rows[0];
  return row ? toCaseView(row, now, localHourOf(now, timeZone)) : null;
}
