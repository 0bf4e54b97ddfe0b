import { describe, expect, it } from "vitest";
import { nextSendAt } from "./report-next-send";

const ZONE = "Asia/Ho_Chi_Minh";
// 2026-11-20 (a Friday) 10:00 UTC = 17:00 in Ho Chi Minh City.
const NOW = new Date(Date.UTC(2026, 10, 20, 10, 0));

describe("nextSendAt", () => {
  it("is later today when today's send time has not come, else tomorrow", () => {
    expect(
      nextSendAt({ period: "daily", weekday: null, monthDay: null, sendMinute: 18 * 60 }, NOW, ZONE),
    ).toEqual(new Date(Date.UTC(2026, 10, 20, 11, 0)));
    expect(
      nextSendAt({ period: "daily", weekday: null, monthDay: null, sendMinute: 8 * 60 }, NOW, ZONE),
    ).toEqual(new Date(Date.UTC(2026, 10, 21, 1, 0)));
  });

  it("is the next chosen weekday, and the chosen day of the next month", () => {
    // Monday 08:00 local = Monday 01:00 UTC, 2026-11-23.
    expect(
      nextSendAt({ period: "weekly", weekday: 1, monthDay: null, sendMinute: 8 * 60 }, NOW, ZONE),
    ).toEqual(new Date(Date.UTC(2026, 10, 23, 1, 0)));
    // Friday 08:00 has passed today: next Friday.
    expect(
      nextSendAt({ period: "weekly", weekday: 5, monthDay: null, sendMinute: 8 * 60 }, NOW, ZONE),
    ).toEqual(new Date(Date.UTC(2026, 10, 27, 1, 0)));
    expect(
      nextSendAt({ period: "monthly", weekday: null, monthDay: 1, sendMinute: 7 * 60 }, NOW, ZONE),
    ).toEqual(new Date(Date.UTC(2026, 11, 1, 0, 0)));
  });
});
