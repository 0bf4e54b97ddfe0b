// Calendar arithmetic on "naive" wall-clock milliseconds (a local date and time read as if it were UTC; @antdash/db's
// toWallClock and fromWallClock convert to and from real instants across daylight-saving changes).

export const DAY_MS = 86_400_000;

/** Naive midnight of the naive instant's day. */
export const localMidnight = (local: number) => Math.floor(local / DAY_MS) * DAY_MS;

/** ISO weekday of a naive instant: 1 = Monday .. 7 = Sunday. */
export const isoWeekday = (local: number) => ((new Date(local).getUTCDay() + 6) % 7) + 1;

/** Naive midnight of the first day of the month `monthsBack` months before the naive instant's month. */
export function monthStart(local: number, monthsBack = 0): number {
  const d = new Date(local);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsBack, 1);
}
