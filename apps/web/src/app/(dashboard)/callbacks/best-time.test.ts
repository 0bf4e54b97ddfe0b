import { describe, expect, it } from "vitest";
import { bestTimeHint, formatSpans, hourIn } from "./best-time";

const ZONE = "Asia/Ho_Chi_Minh";
// 02:30 UTC is 09:30 in Ho Chi Minh City (UTC+7, no daylight saving).
const NINE_THIRTY_LOCAL = new Date("2026-12-06T02:30:00Z");

describe("best time to reach", () => {
  it("reads the hour in the supervisor's zone, not the machine's", () => {
    expect(hourIn(NINE_THIRTY_LOCAL, ZONE)).toBe(9);
    expect(hourIn(NINE_THIRTY_LOCAL, "UTC")).toBe(2);
    expect(hourIn(NINE_THIRTY_LOCAL, "America/New_York")).toBe(21);
  });

  it("highlights a case when now is one of its hours, in that zone", () => {
    expect(bestTimeHint([9, 14], NINE_THIRTY_LOCAL, ZONE).isNow).toBe(true);
    expect(bestTimeHint([9, 14], NINE_THIRTY_LOCAL, "UTC").isNow).toBe(false);
    expect(bestTimeHint([2], NINE_THIRTY_LOCAL, "UTC").isNow).toBe(true);
    expect(bestTimeHint([], NINE_THIRTY_LOCAL, ZONE)).toEqual({ hours: [], spans: [], isNow: false });
  });

  it("merges consecutive hours, drops duplicates and values that are not hours", () => {
    const hint = bestTimeHint([14, 8, 9, 10, 9, 24, -1, 7.5], NINE_THIRTY_LOCAL, ZONE);
    expect(hint.hours).toEqual([8, 9, 10, 14]);
    expect(hint.spans).toEqual([
      [8, 10],
      [14, 14],
    ]);
    expect(formatSpans(hint.spans)).toBe("8–10h, 14h");
  });

  it("keeps an evening-to-night stretch across midnight as one span", () => {
    const hint = bestTimeHint([0, 1, 12, 22, 23], NINE_THIRTY_LOCAL, ZONE);
    expect(hint.spans).toEqual([
      [12, 12],
      [22, 1],
    ]);
    expect(formatSpans(hint.spans)).toBe("12h, 22–1h");
    // Every hour of the day is one span that does not wrap.
    expect(bestTimeHint([...Array(24).keys()], NINE_THIRTY_LOCAL, ZONE).spans).toEqual([[0, 23]]);
  });
});
