import { describe, expect, it } from "vitest";
import { latestDuePeriod, previousRange } from "./report-period";

const ZONE = "Asia/Ho_Chi_Minh"; // UTC+7, no daylight saving
const iso = (p: { from: Date; to: Date; sendAt?: Date }) => ({
  from: p.from.toISOString(),
  to: p.to.toISOString(),
  ...(p.sendAt && { sendAt: p.sendAt.toISOString() }),
});

describe("report periods in the account's zone", () => {
  it("daily: the local day before the send day, once the send time has passed", () => {
    const timing = { period: "daily" as const, weekday: null, monthDay: null, sendMinute: 7 * 60 };
    // 06:59 local on 2026-11-20: today's 07:00 has not come, so the due period is 2026-11-18.
    expect(iso(latestDuePeriod(timing, new Date("2026-11-19T23:59:00Z"), ZONE))).toEqual({
      from: "2026-11-17T17:00:00.000Z",
      to: "2026-11-18T17:00:00.000Z",
      sendAt: "2026-11-19T00:00:00.000Z",
    });
    expect(latestDuePeriod(timing, new Date("2026-11-20T00:00:00Z"), ZONE).key).toBe("2026-11-19");
  });

  it("weekly on Monday: the 7 days before; monthly on the 1st: the calendar month before", () => {
    const weekly = { period: "weekly" as const, weekday: 1, monthDay: null, sendMinute: 8 * 60 };
    // Friday 2026-11-20: the latest Monday 08:00 is 2026-11-16, covering Mon 2026-11-09 .. Sun 2026-11-15.
    expect(iso(latestDuePeriod(weekly, new Date("2026-11-20T03:00:00Z"), ZONE))).toEqual({
      from: "2026-11-08T17:00:00.000Z",
      to: "2026-11-15T17:00:00.000Z",
      sendAt: "2026-11-16T01:00:00.000Z",
    });
    const monthly = { period: "monthly" as const, weekday: null, monthDay: 1, sendMinute: 0 };
    const november = latestDuePeriod(monthly, new Date("2026-12-06T03:00:00Z"), ZONE);
    expect(iso(november)).toEqual({
      from: "2026-10-31T17:00:00.000Z",
      to: "2026-11-30T17:00:00.000Z",
      sendAt: "2026-11-30T17:00:00.000Z",
    });
    expect(iso(previousRange("monthly", november, ZONE))).toEqual({
      from: "2026-09-30T17:00:00.000Z",
      to: "2026-10-31T17:00:00.000Z",
    });
  });

  it("keeps local midnights across a daylight-saving change", () => {
    const timing = { period: "daily" as const, weekday: null, monthDay: null, sendMinute: 6 * 60 };
    // Europe/Berlin moved to summer time on 2026-03-29: that day is 23 hours long.
    const p = latestDuePeriod(timing, new Date("2026-03-30T08:00:00Z"), "Europe/Berlin");
    expect(iso(p)).toEqual({
      from: "2026-03-28T23:00:00.000Z",
      to: "2026-03-29T22:00:00.000Z",
      sendAt: "2026-03-30T04:00:00.000Z",
    });
  });
});
