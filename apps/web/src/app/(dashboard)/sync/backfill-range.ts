import { localDayRange } from "~/filters";

/** The API's longest backfill (packages/api start-backfill). */
export const MAX_BACKFILL_DAYS = 366;

export type BackfillProblem = "missing" | "order" | "tooLong" | "future";

/**
 * The instants a backfill of whole local days covers (`fromDay`..`toDay` as YYYY-MM-DD in `timeZone`, both
 * included), or why the choice cannot be sent. The end may lie after now: the API stops at now.
 */
export function backfillRange(
  fromDay: string,
  toDay: string,
  timeZone: string,
  now: Date,
): { from: Date; to: Date } | { problem: BackfillProblem } {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(fromDay) || !day.test(toDay)) return { problem: "missing" };
  if (toDay < fromDay) return { problem: "order" };
  const from = localDayRange(fromDay, timeZone).from;
  const to = localDayRange(toDay, timeZone).to;
  if (from.getTime() > now.getTime()) return { problem: "future" };
  if (Math.min(to.getTime(), now.getTime()) - from.getTime() > MAX_BACKFILL_DAYS * 86_400_000) {
    return { problem: "tooLong" };
  }
  return { from, to };
}
