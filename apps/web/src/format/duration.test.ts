import { describe, expect, it } from "vitest";
import { formatDuration, NO_DURATION } from "./duration";

describe("formatDuration", () => {
  it("rounds to the nearest second, so 59.6 s is a minute", () => {
    expect(formatDuration(59.6)).toBe("1:00");
    expect(formatDuration(59.4)).toBe("0:59");
    expect(formatDuration(45.4)).toBe("0:45");
  });

  it("reads like a clock: minutes and seconds, hours only from an hour up", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(9)).toBe("0:09");
    expect(formatDuration(723)).toBe("12:03");
    expect(formatDuration(3599)).toBe("59:59");
    expect(formatDuration(3599.5)).toBe("1:00:00");
    expect(formatDuration(3725)).toBe("1:02:05");
  });

  it("shows a missing or negative length plainly", () => {
    expect(formatDuration(null)).toBe(NO_DURATION);
    expect(formatDuration(undefined)).toBe(NO_DURATION);
    expect(formatDuration(-3)).toBe("0:00");
  });
});
