import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";

export interface Slot {
  from: Date;
  /** Inclusive (the filter's to). */
  to: Date;
}

/**
 * Every occurrence of hour `hour` on weekday `weekday` (0 = Sunday) in `timeZone` within [from, to], clipped to
 * the range. The call filter has no "hour of day on weekday" criterion, so a heatmap cell is exactly one link only
 * when it occurs once in the range (any range of 7 days or less); otherwise the cell drills into its latest
 * occurrence.
 */
export function weekdayHourSlots(
  range: { from: Date; to: Date },
  weekday: number,
  hour: number,
  timeZone: string,
): Slot[] {
  const slots: Slot[] = [];
  const last = range.to.getTime();
  for (
    let day = startOfDay(new TZDate(range.from.getTime(), timeZone));
    day.getTime() <= last;
    day = addDays(day, 1)
  ) {
    if (day.getDay() !== weekday) continue;
    const start = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour, 0, timeZone);
    const end = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour + 1, 0, timeZone);
    const from = Math.max(start.getTime(), range.from.getTime());
    const to = Math.min(end.getTime() - 1, last);
    if (from <= to) slots.push({ from: new Date(from), to: new Date(to) });
  }
  return slots;
}
