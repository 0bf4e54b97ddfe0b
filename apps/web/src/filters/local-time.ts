import { TZDate } from "@date-fns/tz";

// The custom range inputs (<input type="datetime-local">) show wall-clock time in the viewer's zone (the app's
// setting), not the browser's: a supervisor abroad still reads the call center's hours.

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "YYYY-MM-DDTHH:mm" of an instant in `timeZone` (what a datetime-local input holds). */
export function toLocalInput(instant: Date | string, timeZone: string): string {
  const local = new TZDate(new Date(instant).getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/**
 * The instant of a datetime-local value in `timeZone`, or null when it is not a real wall-clock time. With
 * `endOfMinute` the last millisecond of that minute (the filter's `to` is inclusive: "to 17:00" keeps 17:00:30).
 */
export function fromLocalInput(value: string, timeZone: string, endOfMinute = false): Date | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const local = new TZDate(y, mo - 1, d, h, mi, timeZone);
  // 2026-02-31 rolls over to March: not a date.
  if (local.getDate() !== d || local.getMonth() !== mo - 1) return null;
  return new Date(local.getTime() + (endOfMinute ? 59_999 : 0));
}
