import { toWallClock } from "@antdash/db";

/**
 * Excel's date-time cells have no zone: a cell holds days since 1899-12-30 of a wall-clock time. An instant goes in
 * as its wall time in the account's zone (the column's header names the zone), so Excel filters and groups by the
 * local day and hour the supervisor sees on the pages.
 */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function excelDateTime(timeZone: string): (instant: Date) => number {
  return (instant) => (toWallClock(instant, timeZone) - EXCEL_EPOCH_MS) / DAY_MS;
}

/** Seconds as an Excel duration (a fraction of a day), for `[h]:mm:ss` cells. */
export const excelDuration = (seconds: number): number => seconds / 86_400;
