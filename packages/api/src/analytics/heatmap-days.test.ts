import { describe, expect, it } from "vitest";
import { weekdayDaysOf } from "./heatmap";

describe("weekdayDaysOf", () => {
  it("counts each weekday as many times as the range has days of it, in the viewer's zone", () => {
    // Sun 2026-11-01 .. Tue 2026-11-10 in Ho Chi Minh (+07): Sunday, Monday and Tuesday twice, the rest once.
    const filter = { from: new Date("2026-10-31T17:00:00Z"), to: new Date("2026-11-10T16:59:59.999Z") };
    expect(weekdayDaysOf(filter, "Asia/Ho_Chi_Minh")).toEqual([2, 2, 2, 1, 1, 1, 1]);
    // The same instants in UTC touch 11 local days: Sat 2026-10-31 .. Tue 2026-11-10.
    expect(weekdayDaysOf(filter, "UTC")).toEqual([2, 2, 2, 1, 1, 1, 2]);
    // Part of one day is one day.
    const hour = { from: new Date("2026-11-04T03:00:00Z"), to: new Date("2026-11-04T03:59:59Z") };
    expect(weekdayDaysOf(hour, "Asia/Ho_Chi_Minh")).toEqual([0, 0, 0, 1, 0, 0, 0]);
  });
});
