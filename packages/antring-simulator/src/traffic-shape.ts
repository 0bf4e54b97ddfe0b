/** When calls happen: business hours in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * HOUR_MS;

// Relative call volume per local hour: a morning peak, a lunch dip at 12h, an afternoon peak and a
// thin tail into the evening; almost nothing at night.
const HOURLY_WEIGHTS = [
  0.04, 0.03, 0.02, 0.02, 0.03, 0.06, 0.2, 1.1, 5.2, 8.4, 9.1, 7.6, 2.4, 4.6, 8.2, 8.7, 7.4, 4.4, 1.9, 1.1,
  0.8, 0.5, 0.25, 0.1,
];
const HOURLY_TOTAL = HOURLY_WEIGHTS.reduce((sum, weight) => sum + weight, 0);

// Index 0 = Sunday. Saturday is a half day, Sunday nearly closed.
const WEEKDAY_FACTORS = [0.14, 1.06, 1.0, 1.0, 0.98, 0.94, 0.42];

export interface LocalTime {
  hour: number;
  weekday: number;
}

export function vietnamTime(ms: number): LocalTime {
  const local = new Date(ms + VIETNAM_OFFSET_MS);
  return { hour: local.getUTCHours(), weekday: local.getUTCDay() };
}

/** Expected number of calls starting in the hour that begins at hourStartMs (UTC, on an hour
 *  boundary), for a company averaging callsPerDay on a weekday. */
export function expectedCallsInHour(hourStartMs: number, callsPerDay: number): number {
  const { hour, weekday } = vietnamTime(hourStartMs);
  return (callsPerDay * (HOURLY_WEIGHTS[hour] ?? 0) * (WEEKDAY_FACTORS[weekday] ?? 1)) / HOURLY_TOTAL;
}

/** Outside 8h-18h on weekdays, and at lunch, fewer agents are at their desks. */
export function isThinlyStaffed({ hour, weekday }: LocalTime): boolean {
  return hour < 8 || hour >= 18 || hour === 12 || weekday === 0;
}
