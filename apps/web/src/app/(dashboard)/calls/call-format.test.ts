import { describe, expect, it } from "vitest";
import { dateTimeFormatter, formatDuration } from "./call-format";

describe("call formatting", () => {
  it("shows durations as m:ss, with hours when needed", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(9)).toBe("0:09");
    expect(formatDuration(75)).toBe("1:15");
    expect(formatDuration(3599)).toBe("59:59");
    expect(formatDuration(3725)).toBe("1:02:05");
  });

  it("shows times in the viewer's zone and language", () => {
    const instant = new Date("2026-11-26T20:30:05Z"); // 03:30:05 on the 27th in Ho Chi Minh City
    expect(dateTimeFormatter("vi", "Asia/Ho_Chi_Minh")(instant)).toBe("27/11/2026 03:30:05");
    expect(dateTimeFormatter("en", "Asia/Ho_Chi_Minh")(instant)).toBe("11/27/2026 3:30:05 AM");
    expect(dateTimeFormatter("en", "UTC")(instant)).toBe("11/26/2026 8:30:05 PM");
  });
});
