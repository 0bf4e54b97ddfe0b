import { latestDuePeriod, type ReportTiming } from "./report-period";
import { DAY_MS } from "./zoned-clock";

/**
 * When the report is next sent after `now`: the first scheduled send time after it. Sends are at least a day
 * apart, so stepping a day at a time from now finds the next one (at most a month ahead).
 */
export function nextSendAt(timing: ReportTiming, now: Date, zone: string): Date {
  for (let days = 1; days <= 32; days++) {
    const { sendAt } = latestDuePeriod(timing, new Date(now.getTime() + days * DAY_MS), zone);
    if (sendAt.getTime() > now.getTime()) return sendAt;
  }
  throw new Error("no send time within 32 days");
}
