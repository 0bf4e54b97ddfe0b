import { describe, expect, it } from "vitest";
import { isUnfinishedBucket } from "./partial-bucket";

const HOUR = { from: "2026-12-06T02:00:00.000Z", to: "2026-12-06T02:59:59.999Z" };

describe("isUnfinishedBucket", () => {
  it("is the bucket the clock is in, not the ones before or after", () => {
    expect(isUnfinishedBucket(HOUR, new Date("2026-12-06T02:30:00Z"))).toBe(true);
    expect(isUnfinishedBucket(HOUR, new Date("2026-12-06T02:00:00Z"))).toBe(true);
    expect(isUnfinishedBucket(HOUR, new Date("2026-12-06T03:00:00Z"))).toBe(false);
    expect(isUnfinishedBucket(HOUR, new Date("2026-12-06T01:59:59.999Z"))).toBe(false);
  });

  it("follows the API's mark when it gives one", () => {
    expect(isUnfinishedBucket({ ...HOUR, partial: false }, new Date("2026-12-06T02:30:00Z"))).toBe(false);
    expect(isUnfinishedBucket({ ...HOUR, partial: true }, new Date("2026-12-07T00:00:00Z"))).toBe(true);
  });
});
