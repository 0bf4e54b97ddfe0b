import { describe, expect, it } from "vitest";
import { dateTimeFormatter, formatInstant } from "./date-time";

const instant = new Date("2026-11-26T20:30:05Z"); // 03:30:05 on the 27th in Ho Chi Minh City

describe("dateTimeFormatter", () => {
  it("shows times in the viewer's zone and language", () => {
    expect(dateTimeFormatter("vi", "Asia/Ho_Chi_Minh")(instant)).toBe("27/11/2026 03:30:05");
    expect(dateTimeFormatter("en", "Asia/Ho_Chi_Minh")(instant)).toBe("11/27/2026 3:30:05 AM");
    expect(dateTimeFormatter("en", "UTC")(instant)).toBe("11/26/2026 8:30:05 PM");
  });
});

describe("formatInstant", () => {
  it("writes the date in the zone given, not the machine's", () => {
    expect(formatInstant(instant, "Asia/Ho_Chi_Minh", "en")).toBe("Nov 27, 2026 3:30 AM");
    expect(formatInstant(instant, "UTC", "en", true)).toBe("Nov 26, 2026 8:30:05 PM");
  });

  it("is plain text the server and the browser agree on (no ICU-specific spaces)", () => {
    const text = formatInstant(instant, "Asia/Ho_Chi_Minh", "vi", true);
    expect(text).toContain("03:30:05");
    expect(text).not.toMatch(/[\u202f\u00a0]/);
  });
});
