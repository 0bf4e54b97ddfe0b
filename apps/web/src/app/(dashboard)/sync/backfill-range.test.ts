import { describe, expect, it } from "vitest";
import { backfillRange } from "./backfill-range";

const HCM = "Asia/Ho_Chi_Minh";
const NOW = new Date("2026-11-26T10:00:00Z");

describe("backfillRange", () => {
  it("covers whole local days, both ends included", () => {
    expect(backfillRange("2026-11-20", "2026-11-21", HCM, NOW)).toEqual({
      from: new Date("2026-11-19T17:00:00.000Z"),
      to: new Date("2026-11-21T16:59:59.999Z"),
    });
    // One day: from its midnight to its last millisecond, so `to` is after `from` as the API requires.
    expect(backfillRange("2026-11-20", "2026-11-20", "UTC", NOW)).toEqual({
      from: new Date("2026-11-20T00:00:00.000Z"),
      to: new Date("2026-11-20T23:59:59.999Z"),
    });
  });

  it("says what is wrong with a choice the API would refuse", () => {
    expect(backfillRange("", "2026-11-20", HCM, NOW)).toEqual({ problem: "missing" });
    expect(backfillRange("2026-11-21", "2026-11-20", HCM, NOW)).toEqual({ problem: "order" });
    expect(backfillRange("2026-11-28", "2026-11-29", HCM, NOW)).toEqual({ problem: "future" });
    expect(backfillRange("2025-01-01", "2026-11-20", HCM, NOW)).toEqual({ problem: "tooLong" });
  });

  it("accepts a range ending today or later (the API stops at now)", () => {
    expect(backfillRange("2026-11-26", "2026-11-30", HCM, NOW)).toHaveProperty("from");
  });
});
