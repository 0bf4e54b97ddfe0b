import { randomBytes } from "node:crypto";
import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncFromSimulator } from "../testing/simulator-sync";
import { parseCallFilter } from "./call-filter";
import { callsRelation, callWhere, type ResolvableFilter } from "./call-where";
import { withNumberSearchResolved } from "./matched-calls";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 10, 0, 0);
const FROM = new Date(NOW - 20 * DAY);
const MIDDLE = new Date(NOW - 10 * DAY);

describe.each(testDatabaseModes())("withNumberSearchResolved on %s", (mode) => {
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

  /** The keys of the calls a filter matches, sorted, read through `pool`. */
  async function keysOf(filter: ResolvableFilter, pool = db.pool): Promise<string[]> {
    const where = callWhere(filter);
    const { rows } = await pool.query<{ key: string }>(
      `SELECT started_at::text || '/' || seq AS key FROM ${callsRelation(filter)} WHERE ${where.sql} ORDER BY 1`,
      where.params,
    );
    return rows.map((r) => r.key);
  }

  /** Tables of matched calls that exist now, in any session (pg_class lists every session's temporary tables). */
  async function matchedTables(): Promise<number> {
    const { rows } = await db.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE 'matched\\_calls\\_%'",
    );
    return rows[0]!.n;
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

  it("gives each period exactly the calls its search matches, from one table, dropped afterwards", async () => {
    const filters = periods("09");
    // Searched before: inside, the embedded database's only connection is the pinned one.
    const searched = await Promise.all(filters.map((filter) => keysOf(filter)));
    const tables = await withNumberSearchResolved(db, filters, async (pinned, resolved) => {
      expect(resolved).toHaveLength(2);
      for (const [p, filter] of resolved.entries()) {
        expect(searched[p]!.length).toBeGreaterThan(0);
        // The statements read the table, not the LIKEs: the same calls.
        expect(callWhere(filter).sql).not.toContain("LIKE");
        expect(await keysOf(filter, pinned.pool)).toEqual(searched[p]);
      }
      const { rows } = await pinned.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${callsRelation(resolved[0]!)}`,
      );
      expect(rows[0]!.n).toBe(searched[0]!.length + searched[1]!.length);
      return resolved.map((filter) => filter.matchedCalls);
    });
    expect(tables[0]).toMatch(/^matched_calls_[0-9a-f]{16}$/);
    expect(tables[1]).toBe(tables[0]);
    expect(await matchedTables()).toBe(0);
  });

  it("leaves a whole number (an index look-up already) and a search past the cap as they are", async () => {
    for (const [filters, cap] of [
      [periods("0903 123 456"), undefined],
      [periods("09"), 3],
    ] as const) {
      await withNumberSearchResolved(
        db,
        filters,
        async (given, resolved) => {
          expect(given).toBe(db);
          expect(resolved).toEqual(filters);
          expect(callWhere(resolved[0]!).sql).toContain("caller_normalized");
          expect(await matchedTables()).toBe(0);
        },
        cap,
      );
    }
  });

  it("drops the table and gives the connection back when the statements fail", async () => {
    await expect(
      withNumberSearchResolved(db, periods("09"), async (pinned) => {
        await pinned.pool.query("SELECT no_such_column FROM calls");
      }),
    ).rejects.toThrow(/no_such_column/);
    expect(await matchedTables()).toBe(0);
    expect(await keysOf(periods("09")[0]!)).not.toHaveLength(0);
  });

  it("searches the range itself when the role may not create temporary tables", async () => {
    // A real role without the privilege: the superuser the tests connect as is never refused.
    const role = `no_temp_${randomBytes(6).toString("hex")}`;
    const filters = periods("09");
    const searched = await Promise.all(filters.map((filter) => keysOf(filter)));
    await db.pool.query(`CREATE ROLE ${role} NOLOGIN`);
    await db.pool.query(`GRANT SELECT ON calls TO ${role}`);
    await db.pool.query(
      "DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()); END $$",
    );
    const client = await db.pool.connect();
    try {
      await client.query(`SET ROLE ${role}`);
      const query = client.query.bind(client);
      const restricted = {
        ...db,
        pool: { query, connect: () => Promise.resolve({ query, release: () => {} }) },
      };
      await expect(client.query("CREATE TEMPORARY TABLE refused AS SELECT 1")).rejects.toThrow(/permission/);
      const read = await withNumberSearchResolved(
        restricted as unknown as TestDatabase,
        filters,
        async (given, resolved) => {
          expect(given).toBe(restricted);
          expect(resolved).toEqual(filters);
          return Promise.all(resolved.map((filter) => keysOf(filter, given.pool)));
        },
      );
      expect(read).toEqual(searched);
    } finally {
      await client.query("RESET ROLE");
      client.release();
      await db.pool.query(
        "DO $$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO PUBLIC', current_database()); END $$",
      );
      await db.pool.query(`REVOKE SELECT ON calls FROM ${role}`);
      await db.pool.query(`DROP ROLE ${role}`);
    }
    expect(await matchedTables()).toBe(0);
  });
});
