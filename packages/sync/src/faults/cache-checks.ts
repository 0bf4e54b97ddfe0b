import type { CallRecord } from "@antdash/antring-core";
import type { RunningSimulator } from "@antdash/antring-simulator";
import { type Database, getDoneWindows } from "@antdash/db";
import { expect } from "vitest";
import { cachedTotals, compareWithUpstream, totalsOf } from "./cache-truth";

/**
 * What a sync killed mid-write may leave, and must not: a partial batch (calls without their rollups), a call that
 * is not upstream (a double), or a window marked done that lacks some of its calls. Returns the calls cached.
 */
export async function expectOnlyWholeWork(
  db: Database,
  sim: RunningSimulator,
  upstream: readonly CallRecord[],
  range: { from: number; to: number },
): Promise<number> {
  const totals = await cachedTotals(db);
  expect(totals.rollups).toEqual(totals.calls);
  expect((await compareWithUpstream(db, upstream)).extra).toEqual([]);
  const done = await getDoneWindows(db, new Date(range.from), new Date(range.to));
  expect(done.length).toBeGreaterThanOrEqual(1);
  for (const w of done) {
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM calls WHERE started_at BETWEEN $1 AND $2`,
      [w.from, w.to],
    );
    expect(rows[0]!.n).toBe(sim.dataset.callsBetween(w.from.getTime(), w.to.getTime()).length);
  }
  return totals.calls.total;
}

/** The cache holds exactly `upstream`, call by call, and the rollups the summaries read agree with it. */
export async function expectExactCopy(db: Database, upstream: readonly CallRecord[]): Promise<void> {
  expect(await compareWithUpstream(db, upstream)).toEqual({ missing: [], extra: [] });
  const totals = await cachedTotals(db);
  expect(totals.calls).toEqual(totalsOf(upstream));
  expect(totals.rollups).toEqual(totals.calls);
}
