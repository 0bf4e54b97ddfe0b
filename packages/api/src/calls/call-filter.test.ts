import { describe, expect, it } from "vitest";
import { InvalidFilterError, parseCallFilter } from "./call-filter";

describe("parseCallFilter", () => {
  it("accepts ISO strings and keeps every criterion", () => {
    const f = parseCallFilter({
      from: "2026-11-01T00:00:00.000Z",
      to: "2026-11-02T00:00:00.000Z",
      status: ["SUCCESS"],
      direction: ["to_ab"],
      hasRecording: true,
    });
    expect(f.from.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(f.status).toEqual(["SUCCESS"]);
    expect(f.hasRecording).toBe(true);
  });

  it("refuses a range that ends before it starts, with a readable message", () => {
    expect(() => parseCallFilter({ from: "2026-11-02", to: "2026-11-01" })).toThrow(/to: to is before from/);
  });

  it("refuses unknown statuses, bad dates and inverted duration bounds", () => {
    const bad: unknown[] = [
      { from: "2026-11-01", to: "2026-11-02", status: ["MISSED"] },
      { from: "not a date", to: "2026-11-02" },
      { from: "2026-11-01", to: "2026-11-02", minDurationSeconds: 60, maxDurationSeconds: 10 },
      { from: "2026-11-01", to: "2026-11-02", direction: ["sideways"] },
    ];
    for (const input of bad) {
      expect(() => parseCallFilter(input)).toThrow(InvalidFilterError);
    }
  });
});
