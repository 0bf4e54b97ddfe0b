import { AntringClient, type CallRecord } from "@antdash/antring-core";
import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { rebuildCallbackCases } from "@antdash/db";
import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { compareWithUpstream } from "./faults/cache-truth";
import { syncRange } from "./sync-range";

const DAY = 86_400_000;
// A frozen clock: the upstream history does not move while the tests read it.
const NOW = Date.UTC(2026, 10, 20, 10, 0, 0);
const FROM = new Date(NOW - 92 * DAY);
const TO = new Date(NOW);

interface Totals {
  total: number;
  byDirection: Record<string, number>;
  byStatus: Record<string, number>;
  byDid: Record<string, number>;
  billingSeconds: number;
  durationSeconds: number;
}

const noTotals = (): Totals => ({
  total: 0,
  byDirection: {},
  byStatus: {},
  byDid: {},
  billingSeconds: 0,
  durationSeconds: 0,
});

function upstreamTotals(calls: readonly CallRecord[]): Totals {
  const t = noTotals();
  for (const c of calls) {
    t.total++;
    t.byDirection[c.direction] = (t.byDirection[c.direction] ?? 0) + 1;
    t.byStatus[c.status_detail] = (t.byStatus[c.status_detail] ?? 0) + 1;
    if (c.did_number !== null) t.byDid[c.did_number] = (t.byDid[c.did_number] ?? 0) + 1;
    t.billingSeconds += c.billing_seconds;
    t.durationSeconds += c.duration_seconds;
  }
  return t;
}

async function cachedTotals(db: TestDatabase): Promise<Totals> {
  const t = noTotals();
  const sums = await db.pool.query<{ n: number; b: string | null; d: string | null }>(
    "SELECT count(*)::int AS n, sum(billing_seconds)::bigint AS b, sum(duration_seconds)::bigint AS d FROM calls",
  );
  t.total = sums.rows[0]!.n;
  t.billingSeconds = Number(sums.rows[0]!.b ?? 0);
  t.durationSeconds = Number(sums.rows[0]!.d ?? 0);
  const group = async (column: string, target: Record<string, number>) => {
    const { rows } = await db.pool.query<{ k: string; n: number }>(
      `SELECT ${column} AS k, count(*)::int AS n FROM calls WHERE ${column} IS NOT NULL GROUP BY ${column}`,
    );
    for (const r of rows) target[r.k] = r.n;
  };
  await group("direction", t.byDirection);
  await group("status_detail", t.byStatus);
  await group("did_number", t.byDid);
  return t;
}

describe.each(testDatabaseModes())("syncRange on %s", (mode) => {
  let sim: RunningSimulator;
  let upstream: Totals;
  let identicalPairs: number;

  beforeAll(async () => {
    sim = await startSimulator({
      seed: 92,
      historyDays: 100,
      callsPerDay: 80,
      now: () => NOW,
      envelope: "success",
      // Calls relisted later with a changed recording, DID or duration (frozen clock: the latest history is fixed).
      faults: { correctionRate: 0.05 },
    });
    const calls = sim.dataset.callsBetween(FROM.getTime(), TO.getTime());
    upstream = upstreamTotals(calls);
    const seen = new Set<string>();
    identicalPairs = 0;
    for (const c of calls) {
      const k = JSON.stringify(c);
      if (seen.has(k)) identicalPairs++;
      seen.add(k);
    }
  });
  afterAll(async () => {
    await sim.close();
  });

  const client = (overrides: Partial<ConstructorParameters<typeof AntringClient>[0]> = {}) =>
    new AntringClient({
      baseUrl: sim.url,
      appId: sim.appId,
      appSecret: sim.appSecret,
      retry: { retries: 8, baseDelayMs: 5, maxDelayMs: 50 },
      ...overrides,
    });
  /** The whole span [FROM, TO], synced at the frozen clock. */
  const syncAll = (db: TestDatabase, by: AntringClient = client()) =>
    syncRange({ db, client: by, from: FROM, to: TO, now: () => new Date(NOW) });

  /** `body` on a fresh database while the simulator has `faults`; afterwards every fault is off again. */
  async function withFreshDatabase(
    faults: Parameters<RunningSimulator["setFaults"]>[0],
    body: (db: TestDatabase) => Promise<void>,
  ): Promise<void> {
    const db = await openTestDatabase(mode);
    sim.setFaults(faults);
    try {
      await body(db);
    } finally {
      sim.setFaults({ failureRate: 0, malformedRate: 0, latencyMs: 0 });
      sim.setEnvelope("success");
      await db.dispose();
    }
  }

  it("copies a 92-day span exactly, and a second sync changes nothing", async () => {
    expect(upstream.total).toBeGreaterThan(5000);
    await withFreshDatabase({}, async (db) => {
      const first = await syncAll(db);
      expect(first.windowsTotal).toBeGreaterThanOrEqual(3);
      expect(first.callsSeen).toBe(upstream.total);
      expect(first.callsWritten).toBe(upstream.total);
      expect(await cachedTotals(db)).toEqual(upstream);
      const latest = sim.dataset.callsBetween(FROM.getTime(), TO.getTime());
      expect(await compareWithUpstream(db, latest)).toEqual({ missing: [], extra: [] });
      // The call-back cases are rebuilt by the sync itself (once at its end, not per batch): no number is left
      // marked, and they are what a rebuild from every cached call gives.
      const marks = await db.pool.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM callback_dirty_numbers",
      );
      expect(marks.rows[0]!.n).toBe(0);
      const casesSql =
        "SELECT id, status, missed_count, attempts, reached_at FROM callback_cases ORDER BY id";
      const cases = (await db.pool.query(casesSql)).rows;
      expect(cases.length).toBeGreaterThan(0);
      await rebuildCallbackCases(db);
      expect((await db.pool.query(casesSql)).rows).toEqual(cases);

      const second = await syncAll(db);
      expect(second.callsWritten).toBe(0);
      expect(await cachedTotals(db)).toEqual(upstream);
    });
  });

  it("keeps genuinely identical calls of the same second apart", () => {
    // The simulator places a few byte-identical double calls; the exact totals above include both of each pair.
    expect(identicalPairs).toBeGreaterThan(0);
  });

  it("re-reading every window (nothing skipped) writes nothing new", async () => {
    await withFreshDatabase({}, async (db) => {
      await syncAll(db);
      await db.pool.query("DELETE FROM sync_windows");
      const again = await syncAll(db);
      expect(again.windowsSkipped).toBe(0);
      expect(again.callsSeen).toBe(upstream.total);
      expect(again.callsWritten).toBe(0);
      expect(await cachedTotals(db)).toEqual(upstream);
    });
  });

  it("is exact with 20% of history requests failing (503/500) and the {data:[…]} envelope", async () => {
    await withFreshDatabase({ failureRate: 0.2, failureStatuses: [503, 500] }, async (db) => {
      sim.setEnvelope("data");
      const result = await syncAll(db);
      expect(result.callsSeen).toBe(upstream.total);
      expect(await cachedTotals(db)).toEqual(upstream);
    });
  });

  it("quarantines malformed records with their reason and keeps every good one", async () => {
    await withFreshDatabase({ malformedRate: 0.01 }, async (db) => {
      const result = await syncAll(db);
      expect(result.quarantined).toBeGreaterThan(0);
      const cached = await cachedTotals(db);
      expect(cached.total + result.quarantined).toBe(upstream.total);
      const { rows } = await db.pool.query<{ reason: string }>(
        "SELECT reason FROM quarantined_records LIMIT 5",
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r.reason.length).toBeGreaterThan(3);
      // A second pass over the same malformed data reports nothing new.
      const again = await syncAll(db);
      expect(again.callsWritten).toBe(0);
    });
  });

  it("fails with a one-line reason when AntRing keeps failing, then resumes without gaps", async () => {
    await withFreshDatabase({ failureRate: 1 }, async (db) => {
      const failing = client({ retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 2 } });
      await expect(syncAll(db, failing)).rejects.toThrow(/sync failed/);
      sim.setFaults({ failureRate: 0 });
      await syncAll(db);
      expect(await cachedTotals(db)).toEqual(upstream);
      const runs = await db.pool.query<{ status: string }>(
        "SELECT status FROM sync_runs ORDER BY started_at",
      );
      expect(runs.rows.map((r) => r.status)).toEqual(["failed", "succeeded"]);
    });
  });

  it("lets one runner at a time hold the sync", async () => {
    await withFreshDatabase({ latencyMs: 20 }, async (db) => {
      const a = syncAll(db);
      // Once the first holds the lease (its row exists), a second runner must be refused.
      await vi.waitFor(
        async () => expect((await db.pool.query("SELECT owner FROM sync_locks")).rowCount).toBe(1),
        { timeout: 30_000, interval: 5 },
      );
      await expect(syncAll(db)).rejects.toThrow(/lock|busy|running/i);
      await a;
      expect(await cachedTotals(db)).toEqual(upstream);
    });
  });
});
