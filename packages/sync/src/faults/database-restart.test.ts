import { AntringClient } from "@antdash/antring-core";
import { startSimulator } from "@antdash/antring-simulator";
import { listSyncRuns, openDatabase } from "@antdash/db";
import { controlTestPostgres, startTestPostgres } from "@antdash/db/testing";
import { describe, expect, it } from "vitest";
import { SyncFailedError } from "../errors";
import { startIncrementalSync } from "../incremental";
import { INTERRUPTED_RUN_ERROR } from "../interrupted-runs";
import type { SyncProgress } from "../progress";
import { syncRange, type SyncRangeOptions } from "../sync-range";
import { expectExactCopy, expectOnlyWholeWork } from "./cache-checks";
import { failureKinds, HUNG_READ_MS, startReadLoad } from "./read-load";
import { settlesWithin, waitUntil } from "./wait-until";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 10, 0); // frozen: the upstream history does not move during the test
const FROM = NOW - 70 * DAY; // newest first: a 2-hour tail, an 8-day window, then two 31-day windows
/** A sync that takes longer than this is counted as hung. */
const HUNG_SYNC_MS = 120_000;

/** Settles with the sync's result or its error, failing the test if it hangs. */
function outcomeOf<T>(sync: Promise<T>): Promise<T | Error> {
  return settlesWithin(
    "the sync",
    sync.catch((error: unknown) => error as Error),
    HUNG_SYNC_MS,
  );
}

// PostgreSQL only: a server of this test's own, since the shared one serves other test files at the same time.
// (Embedded mode has no server to restart inside our process: see embedded-owner-restart.test.ts.)
describe("PostgreSQL restarting under load", () => {
  it("fails requests cleanly, reconnects by itself, and a re-run finishes the range exactly", async (ctx) => {
    const server = await startTestPostgres();
    if (server === null) return ctx.skip("no PostgreSQL binaries");
    const sim = await startSimulator({ seed: 31, historyDays: 72, callsPerDay: 120, now: () => NOW });
    const db = await openDatabase({ databaseUrl: await server.createDatabase() });
    const reads = startReadLoad(db);
    try {
      const postgres = await controlTestPostgres(server.url);
      const upstream = sim.dataset.callsBetween(FROM, NOW);
      const client = new AntringClient({
        baseUrl: sim.url,
        appId: sim.appId,
        appSecret: sim.appSecret,
        retry: { retries: 3, baseDelayMs: 5, maxDelayMs: 50 },
      });
      const sync = (onProgress?: (p: SyncProgress) => void) => {
        const options: SyncRangeOptions = {
          db,
          client,
          from: new Date(FROM),
          to: new Date(NOW),
          now: () => new Date(NOW),
        };
        return syncRange({ ...options, windowConcurrency: 1, batchSize: 500, onProgress });
      };

      // 1. A crash (stop -m immediate) in the middle of a window, a few batches after two windows were finished.
      let crashAfter = Number.POSITIVE_INFINITY;
      const seen = { written: 0 };
      const first = outcomeOf(
        sync((p) => {
          seen.written = p.callsWritten;
          if (p.windowsDone >= 2 && crashAfter === Number.POSITIVE_INFINITY)
            crashAfter = p.callsWritten + 1000;
        }),
      );
      await waitUntil("the sync to be well into its third window", () => seen.written >= crashAfter);
      const writtenBeforeCrash = seen.written;
      const downAt = Date.now();
      await postgres.stop("immediate");
      const interrupted = await first;
      expect(interrupted).toBeInstanceOf(SyncFailedError);
      expect((interrupted as Error).message).toMatch(/^sync failed: \S/);
      await waitUntil(
        "reads failing while PostgreSQL is down",
        () => reads.outcomes.filter((o) => o.at > downAt && !o.ok).length >= 3,
      );

      const upAt = Date.now();
      await postgres.start();
      await waitUntil(
        "reads succeeding again on the same pool",
        () => reads.outcomes.filter((o) => o.at >= upAt && o.ok).length >= 3,
        30_000,
      );
      const firstReadBack = reads.outcomes.find((o) => o.at >= upAt && o.ok)!;

      const cachedAfterCrash = await expectOnlyWholeWork(db, sim, upstream, { from: FROM, to: NOW });
      expect(cachedAfterCrash).toBeGreaterThan(0);
      expect(cachedAfterCrash).toBeLessThan(upstream.length);

      // 2. A clean restart (-m fast) while the re-run writes: it may fail or ride through on fresh connections.
      let restarted = null as Promise<void> | null; // assigned in a callback: not narrowed to null
      const rerun = await outcomeOf(
        sync((p) => {
          if (p.callsWritten >= 500) restarted ??= postgres.restart("fast");
        }),
      );
      await restarted;
      if (rerun instanceof Error) expect(rerun).toBeInstanceOf(SyncFailedError);

      // 3. Whatever is left is finished by one more run, with nothing lost and nothing doubled.
      const last = await outcomeOf(sync());
      if (last instanceof Error) throw last;
      expect(last.windowsSkipped).toBeGreaterThanOrEqual(1);
      await expectExactCopy(db, upstream);
      const runs = await listSyncRuns(db, { limit: 3 });
      expect(runs[0]).toMatchObject({ status: "succeeded", error: null });
      expect(runs.at(-1)).toMatchObject({ status: "failed", error: INTERRUPTED_RUN_ERROR });

      await reads.stop();
      const failed = reads.outcomes.filter((o) => !o.ok);
      console.log(
        `[faults/postgres restart] ${upstream.length} upstream calls; crash after ${writtenBeforeCrash} written; ` +
          `${failed.length} of ${reads.outcomes.length} reads failed, first read back ${firstReadBack.at - upAt} ms ` +
          `after the server was up again; re-run during a fast restart ${rerun instanceof Error ? "failed" : "rode through"}; ` +
          `last run skipped ${last.windowsSkipped} done windows and wrote ${last.callsWritten} calls. ` +
          `Read errors seen: ${failureKinds(reads.outcomes).join(" | ")}`,
      );
      expect(failed.length).toBeGreaterThan(0);
      for (const { error } of failed) {
        expect(error?.message).toMatch(/\S/);
        expect(error?.message).not.toContain(`within ${HUNG_READ_MS} ms (hung)`);
      }

      // 4. The scheduled runner lives through a restart too: its passes fail while the server is down and the next
      // one after it is back succeeds, with nobody restarting the runner.
      let passes = 0;
      const errors: unknown[] = [];
      const runner = startIncrementalSync({
        db,
        client,
        intervalMs: 50,
        overlapMs: 2 * 3_600_000,
        now: () => new Date(NOW),
        onPass: () => passes++,
        onError: (error) => errors.push(error),
      });
      try {
        await waitUntil("a scheduled pass", () => passes > 0);
        await postgres.stop("fast");
        await waitUntil("two scheduled passes failing", () => errors.length >= 2);
        const passesWhileDown = passes;
        const backAt = Date.now();
        await postgres.start();
        await waitUntil(
          "a scheduled pass succeeding after the restart",
          () => passes > passesWhileDown,
          30_000,
        );
        console.log(
          `[faults/postgres restart] scheduled runner: ${errors.length} failed passes while down, next pass ` +
            `succeeded ${Date.now() - backAt} ms after the server was back; errors: ` +
            [
              ...new Set(errors.map((e) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)))),
            ].join(" | "),
        );
        for (const error of errors) expect((error as Error).message).toMatch(/\S/);
      } finally {
        await runner.stop();
      }
      await expectExactCopy(db, upstream);
    } finally {
      await reads.stop();
      await db.close();
      await sim.close();
      await server.stop();
    }
  });
});
