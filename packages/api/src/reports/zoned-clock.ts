// Wall-clock arithmetic in a time zone without a date library: "local" instants are plain UTC milliseconds read as
// wall-clock time (a naive timestamp), converted back to real instants across daylight-saving changes.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock time of `instant` in `zone`, as naive milliseconds. */
export function toLocal(instant: Date, zone: string): number {
  const parts = Object.fromEntries(
    formatterOf(zone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(
    +parts.year!,
    +parts.month! - 1,
    +parts.day!,
    +parts.hour!,
    +parts.minute!,
    +parts.second!,
  );
  return wall + (instant.getTime() % 1000);
}

/** The instant when the wall clock in `zone` shows `local` (the earlier one in a repeated hour). */
export function fromLocal(local: number, zone: string): Date {
  const offset1 = toLocal(new Date(local), zone) - local;
  const guess = local - offset1;
  const offset2 = toLocal(new Date(guess), zone) - guess;
  return new Date(local - offset2);
}

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
