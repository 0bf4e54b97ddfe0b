import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncFromSimulator } from "../testing/simulator-sync";
import { type CallFilter, parseCallFilter } from "./call-filter";
import { callWhere } from "./call-where";
import { resolveNumberSearch } from "./matched-calls";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 10, 0, 0);
const FROM = new Date(NOW - 20 * DAY);
const MIDDLE = new Date(NOW - 10 * DAY);

describe.each(testDatabaseModes())("resolveNumberSearch on %s", (mode) => {
  let sim: RunningSimulator;
  let db: TestDatabase;

  beforeAll(async () => {
    sim = await startSimulator({ seed: 5, historyDays: 25, callsPerDay: 60, now: () => NOW });
    db = await openTestDatabase(mode);
    await syncFromSimulator(sim, { db, from: FROM, to: new Date(NOW), now: () => new Date(NOW) });
  });
  afterAll(async () => {
    await db.dispose();
    await sim.close();
  });

  /** The keys of the calls a filter matches, sorted. */
  async function keysOf(filter: CallFilter): Promise<string[]> {
    const where = callWhere(filter);
    const { rows } = await db.pool.query<{ key: string }>(
      `SELECT started_at::text || '/' || seq AS key FROM calls WHERE ${where.sql} ORDER BY 1`,
      where.params,
    );
    return rows.map((r) => r.key);
  }

  const periods = (number: string) => [
    parseCallFilter({ from: MIDDLE, to: new Date(NOW), number, direction: ["to_ab", "from_ab"] }),
    parseCallFilter({
      from: FROM,
      to: new Date(MIDDLE.getTime() - 1),
      number,
      direction: ["to_ab", "from_ab"],
    }),
  ];

  it("gives each period exactly the calls its search matches, and they read the same through the keys", async () => {
    const filters = periods("09");
    const resolved = await resolveNumberSearch(db, filters);
    for (const [p, filter] of filters.entries()) {
      const searched = await keysOf(filter);
      expect(searched.length).toBeGreaterThan(0);
      expect(resolved[p]!.matched?.seq).toHaveLength(searched.length);
      // callWhere now reads the keys, not the LIKEs: the same calls.
      expect(callWhere(resolved[p]!).sql).not.toContain("LIKE");
      expect(await keysOf(resolved[p]!)).toEqual(searched);
    }
  });

  it("leaves a whole number (an index look-up already) and a search past the cap as they are", async () => {
    const whole = periods("0903 123 456");
    expect((await resolveNumberSearch(db, whole)).map((f) => f.matched)).toEqual([undefined, undefined]);
    const filters = periods("09");
    const unresolved = await resolveNumberSearch(db, filters, 3);
    expect(unresolved.map((f) => f.matched)).toEqual([undefined, undefined]);
    expect(callWhere(unresolved[0]!).sql).toContain("LIKE");
  });
});
