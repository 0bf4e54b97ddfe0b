import { TZDate } from "@date-fns/tz";

/**
 * The "best time to reach" hint of a case: the hours of the day (0–23, in the supervisor's zone) at which the
 * number answered or called before. Shown as compact spans ("8–10, 14") and highlighted when the current hour is
 * one of them.
 */
export interface BestTimeHint {
  /** The hours, sorted and without duplicates. */
  hours: number[];
  /** Consecutive hours merged: [start, end] inclusive; a span that runs past midnight wraps (23 and 0 → [23, 0]). */
  spans: Array<[number, number]>;
  /** The current hour in the zone is one of them. */
  isNow: boolean;
}

/** The hour of the day of `now` in `timeZone`. */
export function hourIn(now: Date, timeZone: string): number {
  return new TZDate(now.getTime(), timeZone).getHours();
}

export function bestTimeHint(hours: readonly number[], now: Date, timeZone: string): BestTimeHint {
  const sorted = [...new Set(hours.filter((h) => Number.isInteger(h) && h >= 0 && h <= 23))].sort(
    (a, b) => a - b,
  );
  const spans: Array<[number, number]> = [];
  for (const hour of sorted) {
    const last = spans.at(-1);
    if (last && last[1] === hour - 1) last[1] = hour;
    else spans.push([hour, hour]);
  }
  // A span ending at 23 and one starting at 0 are one evening-to-night stretch.
  const first = spans[0];
  const last = spans.at(-1);
  if (spans.length > 1 && first && last && first[0] === 0 && last[1] === 23) {
    spans.shift();
    last[1] = first[1];
  }
  return { hours: sorted, spans, isNow: sorted.includes(hourIn(now, timeZone)) };
}

/** "8–10, 14, 23–1": the spans as hours of the day (a span of one hour is just that hour). */
export function formatSpans(spans: ReadonlyArray<[number, number]>): string {
  return spans.map(([start, end]) => (start === end ? `${start}h` : `${start}–${end}h`)).join(", ");
}
