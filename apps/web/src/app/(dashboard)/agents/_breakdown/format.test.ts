import { describe, expect, it } from "vitest";
import { formatSeconds, numberFormats } from "./format";

describe("formatSeconds", () => {
  it("reads like a clock: minutes and seconds, hours only when needed", () => {
    expect(formatSeconds(0)).toBe("0:00");
    expect(formatSeconds(45.4)).toBe("0:45");
    expect(formatSeconds(723)).toBe("12:03");
    expect(formatSeconds(3723)).toBe("1:02:03");
    expect(formatSeconds(-3)).toBe("0:00");
  });
});

describe("numberFormats", () => {
  it("groups digits and writes percents the language's way", () => {
    expect(numberFormats("en").integer(12345)).toBe("12,345");
    expect(numberFormats("vi").integer(12345)).toBe("12.345");
    expect(numberFormats("en").percent(0.8125)).toBe("81.3%");
  });
});
