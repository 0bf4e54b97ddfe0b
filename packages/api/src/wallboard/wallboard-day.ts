import type { Database } from "@antdash/db";

/** The local day a wall screen shows, and the same weekday a week earlier (for the hourly comparison). */
export interface WallboardDays {
  /** First instant of today in the zone. */
  todayStart: Date;
  /** First instant of tomorrow (23-25 hours later across daylight saving changes). */
  todayEnd: Date;
  lastWeekStart: Date;
  lastWeekEnd: Date;
  /** Last week's day as "YYYY-MM-DD" in the zone. */
  lastWeekDate: string;
}

/**
 * PostgreSQL computes the bounds with the same zone arithmetic the analytics use, so "today" on the wall is the
 * same day the dashboard's "today" quick pick means. Local wall-clock days: minus 7 days of local time, not 168 h.
 */
export async function wallboardDays(db: Database, at: Date, timeZone: string): Promise<WallboardDays> {
  const { rows } = await db.pool.query<{
    today_start: Date;
    today_end: Date;
    last_week_start: Date;
    last_week_end: Date;
    last_week_date: string;
  }>(
    `SELECT (d.local_day) AT TIME ZONE $2 AS today_start,
            (d.local_day + interval '1 day') AT TIME ZONE $2 AS today_end,
            (d.local_day - interval '7 days') AT TIME ZONE $2 AS last_week_start,
            (d.local_day - interval '6 days') AT TIME ZONE $2 AS last_week_end,
            to_char(d.local_day - interval '7 days', 'YYYY-MM-DD') AS last_week_date
       FROM (SELECT date_trunc('day', $1::timestamptz AT TIME ZONE $2) AS local_day) AS d`,
    [at, timeZone],
  );
  const row = rows[0]!;
  return {
    todayStart: row.today_start,
    todayEnd: row.today_end,
    lastWeekStart: row.last_week_start,
    lastWeekEnd: row.last_week_end,
    lastWeekDate: row.last_week_date,
  };
}
