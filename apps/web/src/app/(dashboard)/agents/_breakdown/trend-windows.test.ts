import { describe, expect, it } from "vitest";
import { trendBucket, trendsByKey, trendWindows } from "./trend-windows";

const day = (d: number) => ({
  from: `2026-11-${String(d).padStart(2, "0")}T00:00:00.000Z`,
  to: `2026-11-${String(d).padStart(2, "0")}T23:59:59.999Z`,
  total: d,
});

describe("trendBucket", () => {
  it("chooses hours for a day or two, days up to three months, then weeks and months", () => {
    expect(trendBucket("2026-11-01T00:00:00Z", "2026-11-01T23:59:59Z")).toBe("hour");
    expect(trendBucket("2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z")).toBe("day");
    expect(trendBucket("2026-01-01T00:00:00Z", "2026-07-01T00:00:00Z")).toBe("week");
    expect(trendBucket("2023-01-01T00:00:00Z", "2026-07-01T00:00:00Z")).toBe("month");
  });
});

describe("trendWindows", () => {
  it("keeps each bucket when there are few", () => {
    const buckets = [1, 2, 3, 4, 5, 6, 7].map(day);
    expect(trendWindows(buckets, 12)).toEqual(buckets);
  });

  it("joins consecutive buckets so there are at most max windows, covering the range without gaps", () => {
    const buckets = Array.from({ length: 30 }, (_, i) => day(i + 1));
    const windows = trendWindows(buckets, 12);
    expect(windows).toHaveLength(10);
    expect(windows[0]).toEqual({ from: day(1).from, to: day(3).to, total: 1 + 2 + 3 });
    expect(windows[9]).toEqual({ from: day(28).from, to: day(30).to, total: 28 + 29 + 30 });
    const uneven = trendWindows(buckets.slice(0, 25), 12);
    expect(uneven).toHaveLength(9);
    expect(uneven[8]).toEqual({ from: day(25).from, to: day(25).to, total: 25 });
  });

  it("has nothing to cut from no buckets", () => {
    expect(trendWindows([], 12)).toEqual([]);
  });
});

describe("trendsByKey", () => {
  it("puts each key's calls in its window, zero where a window has no row for it", () => {
    const trends = trendsByKey([
      [{ key: "an", calls: 3 }],
      [],
      [
        { key: "an", calls: 1 },
        { key: "binh", calls: 2 },
      ],
    ]);
    expect(trends?.get("an")).toEqual([3, 0, 1]);
    expect(trends?.get("binh")).toEqual([0, 0, 2]);
  });

  it("is unknown until every window is", () => {
    expect(trendsByKey([[{ key: "an", calls: 3 }], undefined])).toBeNull();
  });
});
