import { InvalidRangeError } from "./errors";

/** AntRing refuses a history window where `created_to - created_from` exceeds 31 days. */
export const MAX_WINDOW_DAYS = 31;
export const DAY_MS = 86_400_000;

/** A closed interval [from, to], both ends inclusive, millisecond resolution. */
export interface HistoryWindow {
  from: Date;
  to: Date;
}

export interface PlanOptions {
  /** Longest allowed `to - from`, in days. */
  maxDays?: number;
}

/**
 * Splits [from, to] into consecutive closed windows with no gap and no overlap
 * (`next.from = prev.to + 1 ms`), each no longer than `maxDays`, oldest first.
 * Greedy full-length windows give the fewest windows possible.
 */
export function planHistoryWindows(from: Date, to: Date, options: PlanOptions = {}): HistoryWindow[] {
  const maxDays = options.maxDays ?? MAX_WINDOW_DAYS;
  if (!(maxDays > 0) || !Number.isFinite(maxDays)) throw new InvalidRangeError(`maxDays must be positive`);
  const start = from.getTime();
  const end = to.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end))
    throw new InvalidRangeError("bounds must be valid dates");
  if (end < start) throw new InvalidRangeError("end lies before start");

  const span = Math.floor(maxDays * DAY_MS);
  const windows: HistoryWindow[] = [];
  for (let cursor = start; cursor <= end; cursor += span + 1) {
    windows.push({ from: new Date(cursor), to: new Date(Math.min(cursor + span, end)) });
  }
  return windows;
}
