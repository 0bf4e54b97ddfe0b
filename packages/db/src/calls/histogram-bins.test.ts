import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrationNames, MIGRATIONS_DIR } from "../migrate/migration-files";
import { testDatabaseModes } from "../testing/test-databases";
import { useTestDatabase } from "../test/use-test-database";
import { histogramBin, histogramBinSql, histogramBinWidth, HISTOGRAM_OPEN_BIN } from "./histogram-bins";
import { rebuildRollupsSql } from "./rollups";

describe("histogram bins", () => {
  it("are 1 second wide below a minute, contiguous and growing above", () => {
    expect([0, 1, 59].map(histogramBin)).toEqual([0, 1, 59]);
    expect([60, 64, 65, 179, 180, 194, 599, 600, 7199, 7200, 99_999].map(histogramBin)).toEqual([
      60, 60, 65, 175, 180, 180, 585, 600, 6300, HISTOGRAM_OPEN_BIN, HISTOGRAM_OPEN_BIN,
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

  it("are what the newest migration that fills the rollups used (it holds rebuildRollupsSql verbatim)", async () => {
    const squash = (text: string) => text.replace(/\s+/g, " ");
    const fills: string[] = [];
    for (const name of await migrationNames()) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
      if (sql.includes("DELETE FROM call_histograms_daily")) fills.push(squash(sql));
    }
    expect(fills.at(-1)).toContain(squash(rebuildRollupsSql()));
  });
});

describe.each(testDatabaseModes())("histogram bins in SQL on %s", (mode) => {
  const db = useTestDatabase(mode);
  it("equal the TypeScript ones", async () => {
    const { rows } = await db().pool.query<{ v: number; bin: number }>(
      `SELECT v, ${histogramBinSql("v")} AS bin FROM generate_series(-2, 9000) AS v`,
    );
    expect(rows).toHaveLength(9003);
    for (const { v, bin } of rows) if (bin !== histogramBin(v)) expect({ v, bin }).toEqual({ v, bin: histogramBin(v) });
  });
});
