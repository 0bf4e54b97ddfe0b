import { describe, expect, it } from "vitest";
import { testDatabaseModes } from "../testing/test-databases";
import { useTestDatabase } from "../test/use-test-database";
import {
  HISTOGRAM_EXACT_UP_TO,
  histogramBin,
  histogramBinSql,
  histogramBinWidth,
  HISTOGRAM_OPEN_BIN,
} from "./histogram-bins";

describe("histogram bins", () => {
  it("are 1 second wide through 124 s (the KPI thresholds go to 120 s), contiguous and growing above", () => {
    expect([0, 1, 59, 60, 64, 119, 120, 124].map(histogramBin)).toEqual([0, 1, 59, 60, 64, 119, 120, 124]);
    expect(HISTOGRAM_EXACT_UP_TO).toBe(124);
    expect([125, 129, 130, 179, 180, 194, 599, 600, 7199, 7200, 99_999].map(histogramBin)).toEqual([
      125,
      125,
      130,
      175,
      180,
      180,
      585,
      600,
      6300,
      HISTOGRAM_OPEN_BIN,
      HISTOGRAM_OPEN_BIN,
    ]);
    let previous = 0;
    for (let seconds = 1; seconds <= HISTOGRAM_OPEN_BIN; seconds++) {
      const bin = histogramBin(seconds);
      // A new bin starts exactly where the previous one ends.
      if (bin !== previous) expect(bin).toBe(previous + histogramBinWidth(previous)!);
      previous = bin;
    }
    expect(histogramBinWidth(HISTOGRAM_OPEN_BIN)).toBeNull();
    expect(histogramBin(-3)).toBe(0);
  });
});

describe.each(testDatabaseModes())("histogram bins in SQL on %s", (mode) => {
  const db = useTestDatabase(mode);
  it("equal the TypeScript ones", async () => {
    const { rows } = await db().pool.query<{ v: number; bin: number }>(
      `SELECT v, ${histogramBinSql("v")} AS bin FROM generate_series(-2, 9000) AS v`,
    );
    expect(rows).toHaveLength(9003);
    for (const { v, bin } of rows)
      if (bin !== histogramBin(v)) expect({ v, bin }).toEqual({ v, bin: histogramBin(v) });
  });
});
