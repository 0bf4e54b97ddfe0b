import { describe, expect, it } from "vitest";
import { formatRelative, relativeParts } from "~/format/relative-time";

const NOW = new Date("2026-11-26T10:00:00Z");
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

describe("relativeParts", () => {
  it("uses the largest whole unit, rounding toward now", () => {
    expect(relativeParts(ago(20), NOW)).toEqual({ value: 0, unit: "minute" });
    expect(relativeParts(ago(7 * 60 + 50), NOW)).toEqual({ value: -7, unit: "minute" });
    expect(relativeParts(ago(3 * 3600 + 59 * 60), NOW)).toEqual({ value: -3, unit: "hour" });
    expect(relativeParts(ago(2 * 86_400 + 5), NOW)).toEqual({ value: -2, unit: "day" });
  });
});

describe("formatRelative", () => {
  it("reads naturally in both languages", () => {
    expect(formatRelative(ago(5 * 60), NOW, "en-US")).toBe("5 minutes ago");
    expect(formatRelative(ago(10), NOW, "en-US")).toBe("this minute");
    expect(formatRelative(ago(5 * 60), NOW, "vi-VN")).toBe("5 phút trước");
  });
});
