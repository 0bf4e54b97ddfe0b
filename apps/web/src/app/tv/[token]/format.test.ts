import { describe, expect, it } from "vitest";
import { wallFormat } from "./format";

describe("wall formatting", () => {
  it("writes durations as m:ss and h:mm:ss, rounded like the dashboard's tables", () => {
    const f = wallFormat("en-US", "UTC");
    expect(f.duration(59.6)).toBe("1:00");
    expect(f.duration(3600 + 62)).toBe("1:01:02");
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
