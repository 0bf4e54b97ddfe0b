// Wall-clock time in an IANA zone, the one implementation (the CLI's dates, the reports' periods, the alerts' business
// hours, Excel cells and the calls' local columns all use it). Offsets come from Intl to the second: a library working
// in whole minutes (@date-fns/tz's tzOffset) gets historical offsets such as Monrovia's −0:44:30 wrong.

/** Calendar fields of an instant in an IANA time zone. */
export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  hour: number;
  /** 0 = Sunday .. 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats wall-clock time to the second; the offset at an instant is that wall time read as UTC minus the instant. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function utcOffsetMs(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) parts[part.type] = Number(part.value);
  const wallClockAsUtc = Date.UTC(
    parts.year ?? NaN,
    (parts.month ?? NaN) - 1,
    parts.day ?? NaN,
    parts.hour ?? NaN,
    parts.minute ?? NaN,
    parts.second ?? NaN,
  );
  if (Number.isNaN(wallClockAsUtc)) throw new Error(`Cannot read the wall-clock time in ${timeZone}`);
  return wallClockAsUtc - Math.floor(epochMs / 1000) * 1000;
}

// The Intl call is slow next to the rest of a row's derivation, and a zone's offset changes at most a few times a
// year. So the offset is looked up once per UTC quarter hour (checked at both ends of it: equal means no change
// inside, as offsets never change twice within 15 minutes) and the fields come from plain date arithmetic.
const QUARTER_HOUR_MS = 15 * 60 * 1000;
const MAX_CACHED_QUARTERS = 50_000;
/** Per zone: quarter hour -> its offset, or null when the offset changes inside it (then Intl answers per instant). */
const offsets = new Map<string, Map<number, number | null>>();

function quarterOffsetMs(epochMs: number, timeZone: string): number | null {
  let quarters = offsets.get(timeZone);
  if (quarters === undefined) {
    quarters = new Map();
    offsets.set(timeZone, quarters);
  }
  const quarter = Math.floor(epochMs / QUARTER_HOUR_MS);
  let offset = quarters.get(quarter);
  if (offset === undefined) {
    if (quarters.size >= MAX_CACHED_QUARTERS) quarters.clear();
    const start = quarter * QUARTER_HOUR_MS;
    const atStart = utcOffsetMs(start, timeZone);
    offset = utcOffsetMs(start + QUARTER_HOUR_MS - 1, timeZone) === atStart ? atStart : null;
    quarters.set(quarter, offset);
  }
  return offset;
}

/**
 * The wall-clock time of `instant` in `timeZone` as "naive" milliseconds: that local date and time read as if it were
 * UTC, so plain UTC date arithmetic works on it (midnight, weekday, month start).
 */
export function toWallClock(instant: Date, timeZone: string): number {
  const epochMs = instant.getTime();
  return epochMs + (quarterOffsetMs(epochMs, timeZone) ?? utcOffsetMs(epochMs, timeZone));
}

/** The instant when the wall clock in `timeZone` shows `wallClock` (naive ms); the earlier one in a repeated hour. */
export function fromWallClock(wallClock: number, timeZone: string): Date {
  const guess = wallClock - (toWallClock(new Date(wallClock), timeZone) - wallClock);
  return new Date(wallClock - (toWallClock(new Date(guess), timeZone) - guess));
}

export function localTime(instant: Date, timeZone: string): LocalTime {
  // The UTC fields of the naive wall-clock time are the local fields.
  const wall = new Date(toWallClock(instant, timeZone));
  const month = String(wall.getUTCMonth() + 1).padStart(2, "0");
  const day = String(wall.getUTCDate()).padStart(2, "0");
  return {
    date: `${wall.getUTCFullYear()}-${month}-${day}`,
    hour: wall.getUTCHours(),
    weekday: wall.getUTCDay(),
  };
}
