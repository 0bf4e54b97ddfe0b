import { describe, expect, it } from "vitest";
import { formatDuration, wallFormat } from "./format";

describe("wall formatting", () => {
  it("writes durations as m:ss and h:mm:ss", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(65.4)).toBe("1:05");
    expect(formatDuration(3600 + 62)).toBe("1:01:02");
    expect(formatDuration(-3)).toBe("0:00");
  });

  it("shows times in the deployment's zone, not the screen's", () => {
    const f = wallFormat("vi-VN", "Asia/Ho_Chi_Minh");
    expect(f.time(new Date("2026-11-27T03:04:05Z"))).toBe("10:04");
    expect(f.clock(new Date("2026-11-27T03:04:05Z"))).toBe("10:04:05");
  });

  it("writes percentages with one decimal in the screen's language", () => {
    expect(wallFormat("en-US", "UTC").percent(0.875)).toBe("87.5%");
    expect(wallFormat("vi-VN", "UTC").percent(0.875)).toMatch(/^87,5\s?%$/);
  });
});
