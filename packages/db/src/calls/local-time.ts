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

export function localTime(instant: Date, timeZone: string): LocalTime {
  const epochMs = instant.getTime();
  const offset = quarterOffsetMs(epochMs, timeZone) ?? utcOffsetMs(epochMs, timeZone);
  // Shifted by the offset, the UTC fields of this Date are the local wall-clock fields.
  const wall = new Date(epochMs + offset);
  const month = String(wall.getUTCMonth() + 1).padStart(2, "0");
  const day = String(wall.getUTCDate()).padStart(2, "0");
  return {
    date: `${wall.getUTCFullYear()}-${month}-${day}`,
    hour: wall.getUTCHours(),
    weekday: wall.getUTCDay(),
  };
}
