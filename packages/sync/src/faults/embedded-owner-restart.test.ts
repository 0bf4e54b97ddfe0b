import { AntringClient } from "@antdash/antring-core";
import { startSimulator } from "@antdash/antring-simulator";
import { type Database, listSyncRuns, openDatabase } from "@antdash/db";
import { testDatabaseConfig } from "@antdash/db/testing";
import { describe, expect, it } from "vitest";
import { SyncFailedError } from "../errors";
import { INTERRUPTED_RUN_ERROR } from "../interrupted-runs";
import { syncRange } from "../sync-range";
import { expectExactCopy, expectOnlyWholeWork } from "./cache-checks";
import { startOwnerProcess } from "./owner-process";
import { failureKinds, startReadLoad } from "./read-load";
import { settlesWithin, waitUntil } from "./wait-until";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 10, 0);
const FROM = NOW - 40 * DAY; // newest first: a 2-hour tail, a 9-day window, then a 31-day one

// Embedded mode has no server process of its own to restart: the process that opened DATA_DIR serves it from a
// worker thread. What can die under load is that owner process while another process (the CLI, a separate sync)
// is attached to it; PGlite is then killed mid-write and recovers when the next owner opens the directory.
describe("embedded database: the owner process dies under load", () => {
  it("fails the attached process's requests cleanly, and after a new owner a re-run finishes the range exactly", async () => {
    const fresh = await testDatabaseConfig("embedded", { migrated: true });
    const { dataDir } = fresh.config as { dataDir: string };
    const sim = await startSimulator({ seed: 33, historyDays: 42, callsPerDay: 120, now: () => NOW });
    const client = new AntringClient({ baseUrl: sim.url, appId: sim.appId, appSecret: sim.appSecret });
    const upstream = sim.dataset.callsBetween(FROM, NOW);
    const sync = (db: Database, onWritten?: (windowsDone: number, written: number) => void) =>
      syncRange({
        db,
        client,
        from: new Date(FROM),
        to: new Date(NOW),
        now: () => new Date(NOW),
        windowConcurrency: 1,
        batchSize: 250,
        onProgress: (p) => onWritten?.(p.windowsDone, p.callsWritten),
      });
    const owners = [await startOwnerProcess(dataDir)];
    const attached = await openDatabase({ dataDir });
    const reads = startReadLoad(attached);
    let reopened: Database | null = null;
    try {
      expect(attached.url).toBe(owners[0]!.url);

      let killAfter = Number.POSITIVE_INFINITY;
      let written = 0;
      const first = settlesWithin(
        "the interrupted sync",
        sync(attached, (windowsDone, n) => {
          written = n;
          if (windowsDone >= 2 && killAfter === Number.POSITIVE_INFINITY) killAfter = n + 500;
        }).catch((error: unknown) => error),
        120_000,
      );
      await waitUntil("the sync to be well into its last window", () => written >= killAfter);
      const killedAt = Date.now();
      await owners[0]!.kill();
      const interrupted = await first;
      expect(interrupted).toBeInstanceOf(SyncFailedError);
      await waitUntil(
        "reads failing with the owner gone",
        () => reads.outcomes.filter((o) => o.at > killedAt && !o.ok).length >= 3,
      );

      // A new owner takes over the dead one's directory (PGlite recovers it) and serves it on a new port.
      owners.push(await startOwnerProcess(dataDir));
      const upAt = Date.now();
      await waitUntil(
        "a few more reads on the old connection",
        () => reads.outcomes.filter((o) => o.at > upAt).length >= 3,
      );
      await reads.stop();
      const followed = reads.outcomes.some((o) => o.at > upAt && o.ok);
      reopened = await openDatabase({ dataDir });
      expect(reopened.url).toBe(owners[1]!.url);

      const cachedAfterKill = await expectOnlyWholeWork(reopened, sim, upstream, { from: FROM, to: NOW });
      expect(cachedAfterKill).toBeLessThan(upstream.length);
      const last = await sync(reopened);
      expect(last.windowsSkipped).toBeGreaterThanOrEqual(1);
      await expectExactCopy(reopened, upstream);
      const runs = await listSyncRuns(reopened, { limit: 2 });
      expect(runs.map((r) => [r.status, r.error])).toEqual([
        ["succeeded", null],
        ["failed", INTERRUPTED_RUN_ERROR],
      ]);
      console.log(
        `[faults/embedded owner] ${upstream.length} upstream calls; owner killed after ${written} written, ` +
          `${cachedAfterKill} survived in PGlite; the attached pool ${followed ? "followed" : "did NOT follow"} the new ` +
          `owner (new port); re-run skipped ${last.windowsSkipped} done windows and wrote ${last.callsWritten}. ` +
          `Read errors seen: ${failureKinds(reads.outcomes).join(" | ")}`,
      );
    } finally {
      await reads.stop();
      await reopened?.close();
      await attached.close();
      for (const owner of owners) await owner.kill();
      await fresh.remove();
      await sim.close();
    }
  });
});
