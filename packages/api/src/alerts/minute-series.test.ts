import { describe, expect, it } from "vitest";
import { MinuteSeries } from "./minute-series";

const M = 60_000;

describe("MinuteSeries", () => {
  // Calls: 2 exactly at 10:00, 1 at 10:00:30, 4 exactly at 10:05, 8 at 10:05:59.
  const series = new MinuteSeries(
    [
      { minute: 10 * M, exact: true, values: [2, 1] },
      { minute: 10 * M, exact: false, values: [1, 0] },
      { minute: 15 * M, exact: true, values: [4, 0] },
      { minute: 15 * M, exact: false, values: [8, 1] },
    ],
    2,
  );

  it("sums a window with both ends inclusive, as a call filter's [from, to]", () => {
    expect(series.sum(10 * M, 15 * M)).toEqual([2 + 1 + 4, 1]);
    expect(series.sum(11 * M, 16 * M)).toEqual([4 + 8, 1]);
    expect(series.sum(5 * M, 10 * M)).toEqual([2, 1]);
    expect(series.sum(16 * M, 20 * M)).toEqual([0, 0]);
  });

  it("refuses window ends that are not whole minutes", () => {
    expect(() => series.sum(10 * M + 1, 15 * M)).toThrow(/whole minutes/);
  });
});
