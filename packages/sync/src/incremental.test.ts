import { AntringClient } from "@antdash/antring-core";
import { startSimulator } from "@antdash/antring-simulator";
import { countCalls } from "@antdash/db";
import { openTestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { describe, expect, it } from "vitest";
import { syncRecent } from "./incremental";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(testDatabaseModes())("incremental sync on %s", (mode) => {
  it("catches calls that arrive later, including ones listed late in already-read windows", async () => {
    // The simulator's clock and ours move together; calls appear upstream only once they have ended.
    let now = Date.UTC(2026, 10, 18, 9, 30, 0); // 16:30 in Vietnam, a busy Wednesday afternoon
    const sim = await startSimulator({ seed: 5, historyDays: 10, callsPerDay: 300, now: () => now });
    const client = new AntringClient({ baseUrl: sim.url, appId: sim.appId, appSecret: sim.appSecret });
    const db = await openTestDatabase(mode);
    const clock = () => new Date(now);
    try {
      const first = await syncRecent({ db, client, initialDays: 3, overlapMs: 2 * HOUR, now: clock });
      const from = now - 3 * DAY;
      expect(await countCalls(db)).toBe(sim.dataset.callsBetween(from, now).length);
      expect(first.callsWritten).toBeGreaterThan(0);

      now += 90 * 60_000; // 90 minutes later: new calls, and calls that started before the last pass but ended since
      const upstreamNow = sim.dataset.callsBetween(from, now).length;
      const second = await syncRecent({ db, client, initialDays: 3, overlapMs: 2 * HOUR, now: clock });
      expect(second.callsWritten).toBeGreaterThan(0);
      expect(await countCalls(db)).toBe(upstreamNow);

      // A pass with nothing new writes nothing, and re-reads only the recent, unsettled stretch.
      const third = await syncRecent({ db, client, initialDays: 3, overlapMs: 2 * HOUR, now: clock });
      expect(third.callsWritten).toBe(0);
      expect(third.callsSeen).toBe(sim.dataset.callsBetween(now - 2 * HOUR + 1, now).length);
    } finally {
      await db.dispose();
      await sim.close();
    }
  });
});
