import { describe, expect, it } from "vitest";
import { fromWallClock, localTime, toWallClock } from "./zoned-time";

/** The same fields straight from Intl for one instant: the slow, obviously right reference. */
function reference(epochMs: number, timeZone: string) {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    hourCycle: "h23",
    weekday: "short",
  });
  for (const part of format.formatToParts(epochMs)) parts[part.type] = part.value;
  const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    weekday: weekdays.indexOf(parts.weekday!),
  };
}

describe("localTime", () => {
  it("reads the documented example in Asia/Ho_Chi_Minh as Monday 2018-02-26, 17h", () => {
    expect(localTime(new Date(1519639917 * 1000), "Asia/Ho_Chi_Minh")).toEqual({
      date: "2018-02-26",
      hour: 17,
      weekday: 1,
    });
  });

  it.each([
    ["America/New_York", Date.UTC(2024, 2, 10, 5), "DST starts"],
    ["America/New_York", Date.UTC(2024, 10, 3, 4), "DST ends"],
    ["Australia/Lord_Howe", Date.UTC(2024, 3, 6, 14), "a 30-minute DST shift"],
    ["Asia/Kathmandu", Date.UTC(2024, 0, 1, 17), "a +5:45 offset"],
    ["Africa/Monrovia", Date.UTC(1972, 0, 6, 23), "a -0:44:30 offset ending mid quarter hour"],
    ["Asia/Ho_Chi_Minh", Date.UTC(1975, 5, 12, 15), "the 1975 change from +8 to +7"],
  ])("agrees with Intl minute by minute in %s around %s (%s)", (timeZone, around) => {
    for (let minute = -180; minute <= 180; minute += 1) {
      for (const second of [0, 29, 59]) {
        const epochMs = around + minute * 60_000 + second * 1000;
        expect(localTime(new Date(epochMs), timeZone), new Date(epochMs).toISOString()).toEqual(
          reference(epochMs, timeZone),
        );
      }
    }
  });
});

describe("toWallClock and fromWallClock", () => {
  it("read a wall clock to the second, also for an offset that is not whole minutes (Monrovia, −0:44:30)", () => {
    const noon = Date.UTC(1970, 0, 1, 12);
    expect(toWallClock(new Date(noon), "Africa/Monrovia") - noon).toBe(-(44 * 60 + 30) * 1000);
    expect(fromWallClock(noon, "Africa/Monrovia").toISOString()).toBe("1970-01-01T12:44:30.000Z");
  });

  it("find the instant a wall clock shows, across daylight saving, the earlier one in a repeated hour", () => {
    expect(fromWallClock(Date.UTC(2026, 6, 1, 9), "Europe/Paris").toISOString()).toBe(
      "2026-07-01T07:00:00.000Z",
    );
    expect(fromWallClock(Date.UTC(2026, 0, 1, 9), "Europe/Paris").toISOString()).toBe(
      "2026-01-01T08:00:00.000Z",
    );
    // 01:30 happens twice in New York on 2024-11-03: first in EDT (−4), then in EST (−5).
    expect(fromWallClock(Date.UTC(2024, 10, 3, 1, 30), "America/New_York").toISOString()).toBe(
      "2024-11-03T05:30:00.000Z",
    );
    expect(fromWallClock(Date.UTC(2026, 1, 1, 8, 30), "Asia/Ho_Chi_Minh").toISOString()).toBe(
      "2026-02-01T01:30:00.000Z",
    );
  });

  it("keep the milliseconds of the instant", () => {
    const at = new Date(Date.UTC(2026, 1, 1, 1, 30, 15, 123));
    expect(new Date(toWallClock(at, "Asia/Ho_Chi_Minh")).toISOString()).toBe("2026-02-01T08:30:15.123Z");
    expect(fromWallClock(toWallClock(at, "Asia/Ho_Chi_Minh"), "Asia/Ho_Chi_Minh")).toEqual(at);
  });
});
