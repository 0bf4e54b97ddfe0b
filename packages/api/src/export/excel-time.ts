/**
 * Excel's date-time cells have no zone: a cell holds days since 1899-12-30 of a wall-clock time. An instant goes in
 * as its wall time in the account's zone (the column's header names the zone), so Excel filters and groups by the
 * local day and hour the supervisor sees on the pages.
 */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Zone offsets change only on quarter hours (every zone's transitions do): one lookup per quarter hour. */
const SLOT_MS = 15 * 60_000;

export function excelDateTime(timeZone: string): (instant: Date) => number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    hourCycle: "h23",
  });
  const offsets = new Map<number, number>();
  const offsetAt = (ms: number) => {
    const slot = Math.floor(ms / SLOT_MS);
    let offset = offsets.get(slot);
    if (offset === undefined) {
      const at = slot * SLOT_MS;
      const p = Object.fromEntries(parts.formatToParts(new Date(at)).map((x) => [x.type, Number(x.value)]));
      offset = Date.UTC(p.year!, p.month! - 1, p.day, p.hour, p.minute, p.second) - at;
      if (offsets.size > 50_000) offsets.clear();
      offsets.set(slot, offset);
    }
    return offset;
  };
  return (instant) => {
    const ms = instant.getTime();
    return (ms + offsetAt(ms) - EXCEL_EPOCH_MS) / DAY_MS;
  };
}

/** Seconds as an Excel duration (a fraction of a day), for `[h]:mm:ss` cells. */
export const excelDuration = (seconds: number): number => seconds / 86_400;
