import { TZDate } from "@date-fns/tz";
import {
  addDays,
  addMonths,
  addWeeks,
  startOfDay,
  startOfMonth,
  startOfWeek,
  subDays,
  subMonths,
  subWeeks,
} from "date-fns";

/** The quick picks of the date filter. "custom" means explicit from/to in the URL. */
export const RANGE_PRESETS = [
  "today",
  "yesterday",
  "last7",
  "thisWeek",
  "lastWeek",
  "thisMonth",
  "lastMonth",
  "last30",
  "custom",
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_RANGE = "last7" satisfies RangePreset;

export function isRangePreset(value: string | null | undefined): value is RangePreset {
  return (RANGE_PRESETS as readonly string[]).includes(value ?? "");
}

export interface InstantRange {
  from: Date;
  /** Inclusive: the last millisecond of the range (the API's filter is inclusive on both ends). */
  to: Date;
}

/** Ranges that include today end at the end of the current step of this length, not at the exact millisecond. */
export const NOW_STEP_MS = 30_000;

/**
 * The instants a quick pick covers, in the supervisor's time zone: days start at local midnight, weeks on Monday
 * (as in Vietnam). Ranges that include today end with the current 30-second step (no call can exist later than
 * now, so they show the same calls as ending now): everyone opening "today" within the same step asks the same
 * question, and the server shares one answer (issue 16) instead of computing one per millisecond.
 */
export function presetRange(
  preset: Exclude<RangePreset, "custom">,
  timeZone: string,
  now: Date,
): InstantRange {
  const local = new TZDate(now.getTime(), timeZone);
  const today = startOfDay(local);
  const week = startOfWeek(local, { weekStartsOn: 1 });
  const month = startOfMonth(local);
  const upToNow = (start: Date): InstantRange => ({
    from: new Date(start.getTime()),
    to: new Date(Math.floor(now.getTime() / NOW_STEP_MS) * NOW_STEP_MS + NOW_STEP_MS - 1),
  });
  const between = (start: Date, nextStart: Date): InstantRange => ({
    from: new Date(start.getTime()),
    to: new Date(nextStart.getTime() - 1),
  });
  switch (preset) {
    case "today":
      return upToNow(today);
    case "yesterday":
      return between(subDays(today, 1), today);
    case "last7":
      return upToNow(subDays(today, 6));
    case "last30":
      return upToNow(subDays(today, 29));
    case "thisWeek":
      return upToNow(week);
    case "lastWeek":
      return between(subWeeks(week, 1), week);
    case "thisMonth":
      return upToNow(month);
    case "lastMonth":
      return between(subMonths(month, 1), month);
  }
}

/** The local midnight that starts `day` (YYYY-MM-DD) in `timeZone`, and the last instant of that day. */
export function localDayRange(day: string, timeZone: string): InstantRange {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const start = new TZDate(y, m - 1, d, timeZone);
  return { from: new Date(start.getTime()), to: new Date(addDays(start, 1).getTime() - 1) };
}

/** Whole local days, weeks or months after a bucket start: the end of a time-series bucket, for drill-down. */
export function bucketEnd(start: Date, bucket: "hour" | "day" | "week" | "month", timeZone: string): Date {
  const local = new TZDate(start.getTime(), timeZone);
  const next =
    bucket === "hour"
      ? new Date(start.getTime() + 3_600_000)
      : bucket === "day"
        ? addDays(local, 1)
        : bucket === "week"
          ? addWeeks(local, 1)
          : addMonths(local, 1);
  return new Date(next.getTime() - 1);
}
