import { describe, expect, it } from "vitest";
import { localTime } from "./local-time";

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
