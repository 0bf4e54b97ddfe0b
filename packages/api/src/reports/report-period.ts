import { fromWallClock, toWallClock } from "@antdash/db";
import { DAY_MS, isoWeekday, localMidnight, monthStart } from "./zoned-clock";

/** How often a report is sent, each covering the period just ended. */
export const REPORT_PERIOD_KINDS = ["daily", "weekly", "monthly"] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

export interface ReportTiming {
  period: ReportPeriodKind;
  /** weekly: 1 = Monday .. 7 = Sunday */
  weekday: number | null;
  /** monthly: 1..28 */
  monthDay: number | null;
  /** Minutes after local midnight. */
  sendMinute: number;
}

/** One period a report covers, [from, to), and when it is due. `key` names it in the delivery log. */
export interface ReportPeriod {
  key: string;
  from: Date;
  to: Date;
  sendAt: Date;
}

/**
 * The latest period whose send time has come by `now`: daily = the day before the send day, weekly = the 7 days
 * before the send day, monthly = the calendar month before. Only the latest is due: a server down for a week sends
 * last week's daily report once, not seven of them.
 */
export function latestDuePeriod(timing: ReportTiming, now: Date, zone: string): ReportPeriod {
  const localNow = toWallClock(now, zone);
  const sendDay = latestSendDay(timing, localNow);
  const [from, to] = coveredRange(timing.period, sendDay);
  return periodOf(from, to, sendDay + timing.sendMinute * 60_000, zone);
}

/** The period before `period` of the same kind (the dashboard's comparison). */
export function previousRange(kind: ReportPeriodKind, period: { from: Date; to: Date }, zone: string) {
  const localFrom = toWallClock(period.from, zone);
  const from =
    kind === "monthly" ? monthStart(localFrom, 1) : localFrom - (kind === "weekly" ? 7 : 1) * DAY_MS;
  return { from: fromWallClock(from, zone), to: period.from };
}

function latestSendDay(timing: ReportTiming, localNow: number): number {
  const today = localMidnight(localNow);
  const passed = (day: number) => day + timing.sendMinute * 60_000 <= localNow;
  if (timing.period === "daily") return passed(today) ? today : today - DAY_MS;
  if (timing.period === "weekly") {
    const back = (isoWeekday(today) - (timing.weekday ?? 1) + 7) % 7;
    const day = today - back * DAY_MS;
    return passed(day) ? day : day - 7 * DAY_MS;
  }
  const dayOffset = ((timing.monthDay ?? 1) - 1) * DAY_MS;
  const thisMonth = monthStart(today) + dayOffset;
  return passed(thisMonth) ? thisMonth : monthStart(today, 1) + dayOffset;
}

function coveredRange(kind: ReportPeriodKind, sendDay: number): [number, number] {
  if (kind === "daily") return [sendDay - DAY_MS, sendDay];
  if (kind === "weekly") return [sendDay - 7 * DAY_MS, sendDay];
  return [monthStart(sendDay, 1), monthStart(sendDay)];
}

function periodOf(localFrom: number, localTo: number, localSend: number, zone: string): ReportPeriod {
  return {
    key: new Date(localFrom).toISOString().slice(0, 10),
    from: fromWallClock(localFrom, zone),
    to: fromWallClock(localTo, zone),
    sendAt: fromWallClock(localSend, zone),
  };
}
