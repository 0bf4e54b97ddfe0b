import { AntringClient } from "@antdash/antring-core";
import { startSimulator } from "@antdash/antring-simulator";
import { listSyncRuns } from "@antdash/db";
import { openTestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { describe, expect, it } from "vitest";
import { cachedTotals, compareWithUpstream, totalsOf } from "./faults/cache-truth";
import { syncRecent } from "./incremental";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe.each(testDatabaseModes())("calls AntRing corrects after first listing them, on %s", (mode) => {
  it("ends with one call per corrected call, the latest version, with rollups to match and the changes recorded", async () => {
    // The simulator's clock and ours move together; 5 % of calls are first listed without their recording or DID,
    // or with a longer duration, and corrected 1-21 minutes after they end.
    let now = Date.UTC(2026, 10, 18, 8, 0, 0); // 15:00 in Vietnam, a busy Wednesday afternoon
    const sim = await startSimulator({
      seed: 11,
      historyDays: 3,
      callsPerDay: 600,
      now: () => now,
      faults: { correctionRate: 0.05 },
    });
    const client = new AntringClient({ baseUrl: sim.url, appId: sim.appId, appSecret: sim.appSecret });
    const db = await openTestDatabase(mode);
    const clock = () => new Date(now);
    const from = now - DAY;
    const options = { db, client, initialDays: 1, overlapMs: 2 * HOUR, now: clock };
    try {
      let corrected = 0;
      const fields: Record<string, number> = {};
      // Passes every 6 minutes for 72 minutes: each re-reads the unsettled tail, where corrections show up.
      for (let pass = 0; pass < 12; pass++) {
        const result = await syncRecent(options);
        corrected += result.callsCorrected;
        for (const [field, n] of Object.entries(result.correctedFields))
          fields[field] = (fields[field] ?? 0) + n;
        const latest = sim.dataset.callsBetween(from, now);
        // After every pass: exactly the simulator's latest history, call by call, and rollups that agree.
        expect(await compareWithUpstream(db, latest)).toEqual({ missing: [], extra: [] });
        const totals = await cachedTotals(db);
        expect(totals.calls).toEqual(totalsOf(latest));
        expect(totals.rollups).toEqual(totals.calls);
        now += 6 * MINUTE;
      }
      expect(corrected).toBeGreaterThan(3);
      expect(Object.keys(fields).sort()).toEqual(
        expect.arrayContaining(["recording", "did_number", "duration_seconds"].filter((f) => fields[f])),
      );
      expect(Object.keys(fields).length).toBeGreaterThanOrEqual(2);
      const runs = await listSyncRuns(db, { limit: 50 });
      expect(runs.reduce((sum, run) => sum + run.callsCorrected, 0)).toBe(corrected);
      expect(runs.reduce((sum, run) => sum + run.callsRemoved, 0)).toBe(0);
    } finally {
      await db.dispose();
      await sim.close();
    }
  }, 120_000);
});
