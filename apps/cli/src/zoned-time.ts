import { fromWallClock } from "@antdash/db";
import { UsageError } from "./usage-error";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Reads a --from/--to value. An ISO instant with a zone (`2026-01-31T17:00:00Z`, `…+07:00`) is taken as is; a date
 * or a local time without a zone (`2026-02-01`, `2026-02-01T08:00`) is wall-clock time in `timeZone`, and a bare date
 * given as --to means the end of that day, so `--from 2026-02-01 --to 2026-02-01` is the whole day.
 */
export function parseCliInstant(value: string, timeZone: string, flag: string, endOfDay: boolean): Date {
  const v = value.trim();
  if (ISO_INSTANT.test(v)) {
    const d = new Date(v);
    if (!Number.isNaN(d.getTime())) return d;
  }
  const m = ISO_LOCAL.exec(v);
  if (m) {
    const [, y, mo, d, h, mi, s] = m;
    const dateOnly = h === undefined;
    const parts = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: dateOnly ? (endOfDay ? 23 : 0) : Number(h),
      minute: dateOnly ? (endOfDay ? 59 : 0) : Number(mi),
      second: dateOnly ? (endOfDay ? 59 : 0) : Number(s ?? 0),
    };
    const check = new Date(
      Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second),
    );
    if (
      check.getUTCFullYear() === parts.year &&
      check.getUTCMonth() === parts.month - 1 &&
      check.getUTCDate() === parts.day &&
      parts.hour < 24 &&
      parts.minute < 60 &&
      parts.second < 60
    ) {
      return new Date(fromWallClock(check.getTime(), timeZone).getTime() + (dateOnly && endOfDay ? 999 : 0));
    }
  }
  throw new UsageError(
    `${flag}: "${value}" is not a date (use ISO 8601, e.g. 2026-02-01 or 2026-02-01T08:00:00Z)`,
  );
}
