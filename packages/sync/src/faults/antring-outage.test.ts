import {
  AntringClient,
  AntringNetworkError,
  AntringTimeoutError,
  type CallRecord,
  RateLimitedError,
} from "@antdash/antring-core";
import { type RunningSimulator, type SimulatorOptions, startSimulator } from "@antdash/antring-simulator";
import { callFingerprint, type Database, listSyncRuns, newestCallAt } from "@antdash/db";
import { openTestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { describe, expect, it } from "vitest";
import { SyncFailedError } from "../errors";
import { startIncrementalSync } from "../incremental";
import { expectExactCopy } from "./cache-checks";
import { cachedTotals } from "./cache-truth";
import { waitUntil } from "./wait-until";

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const START = Date.UTC(2026, 10, 18, 3, 0); // 10:00 in Vietnam on a Wednesday: calls keep ending all the time
/** Simulated time each scheduled pass stands for while AntRing is away: simulated minutes take test milliseconds. */
const STEP = 5 * MINUTE;
const OVERLAP = 90 * MINUTE;
const INITIAL_DAYS = 1;

type Outage = "503" | "hang" | "refused";

/** Which outage a failed pass ran into, from the typed AntRing error behind the sync's error. */
function outageOf(error: unknown): Outage | "other" {
  const cause = error instanceof SyncFailedError ? error.cause : error;
  if (cause instanceof RateLimitedError) return "503";
  if (cause instanceof AntringTimeoutError) return "hang";
  if (cause instanceof AntringNetworkError) return "refused";
  return "other";
}

/** When the newest successful run finished: what getSyncStatus reports as lastSuccessAt. */
async function lastSuccessAt(db: Database): Promise<Date | null> {
  const run = await db.prisma.syncRun.findFirst({
    where: { status: "succeeded" },
    orderBy: { finishedAt: "desc" },
    select: { finishedAt: true },
  });
  return run?.finishedAt ?? null;
}

/** Upstream calls of `later` that `earlier` did not list yet (identical calls counted). */
function arrivedSince(earlier: readonly CallRecord[], later: readonly CallRecord[]): CallRecord[] {
  const seen = new Map<string, number>();
  for (const c of earlier) seen.set(callFingerprint(c), (seen.get(callFingerprint(c)) ?? 0) + 1);
  return later.filter((c) => {
    const left = seen.get(callFingerprint(c)) ?? 0;
    if (left > 0) seen.set(callFingerprint(c), left - 1);
    return left === 0;
  });
}

describe.each(testDatabaseModes())("AntRing unreachable for a while, on %s", (mode) => {
  it("keeps serving the cache, reports every failed pass, and catches up by itself once AntRing is back", async () => {
    // One clock for both sides. It stands still while AntRing answers and moves STEP per failed pass, so the
    // outage lasts simulated tens of minutes in which calls keep ending upstream.
    let simNow = START;
    const from = START - INITIAL_DAYS * DAY;
    const simOptions: SimulatorOptions = { seed: 11, historyDays: 2, callsPerDay: 800, now: () => simNow };
    let sim: RunningSimulator = await startSimulator(simOptions);
    const port = sim.port;
    /** Upstream as it was at `at`: the dataset is a pure function of the clock, read synchronously. */
    const upstreamAt = (at: number): CallRecord[] => {
      const current = simNow;
      simNow = at;
      try {
        return sim.dataset.callsBetween(from, at);
      } finally {
        simNow = current;
      }
    };
    const client = new AntringClient({
      baseUrl: sim.url,
      appId: sim.appId,
      appSecret: sim.appSecret,
      timeoutMs: 1_000,
      retry: { retries: 1, baseDelayMs: 5, maxDelayMs: 20 },
    });
    const db = await openTestDatabase(mode);
    let passNow = simNow;
    let syncedUpTo: number | null = null;
    let succeeded = 0;
    const failures: unknown[] = [];
    const runner = startIncrementalSync({
      db,
      client,
      intervalMs: 50,
      overlapMs: OVERLAP,
      initialDays: INITIAL_DAYS,
      now: () => new Date((passNow = simNow)),
      onPass: () => {
        succeeded++;
        syncedUpTo = passNow;
      },
      onError: (error) => {
        failures.push(error);
        simNow += STEP;
      },
    });
    /** Failed passes of one kind since failure number `since`. */
    const count = (outage: Outage, since = 0) =>
      failures.slice(since).filter((e) => outageOf(e) === outage).length;
    try {
      await waitUntil("a first successful pass", () => succeeded > 0);

      // AntRing answers 503 to everything, then hangs past the client's timeout, then is gone altogether.
      let since = failures.length;
      sim.setFaults({ failureRate: 1, failureStatuses: [503], failureRoutes: "all" });
      await waitUntil("two passes failing with 503", () => count("503", since) >= 2);
      // No pass can succeed from here on: what the cache holds is upstream as it was at the last success.
      const outageFrom = syncedUpTo ?? Number.NaN;
      const before = upstreamAt(outageFrom);
      await expectExactCopy(db, before);
      const baseline = await cachedTotals(db);
      const newestBefore = await newestCallAt(db);
      const successAt = await lastSuccessAt(db);
      expect(successAt).not.toBeNull();

      since = failures.length;
      sim.setFaults({ failureRate: 0, latencyMs: 3_000 });
      await waitUntil("two passes timing out", () => count("hang", since) >= 2);
      since = failures.length;
      await sim.close();
      await waitUntil("three passes refused", () => count("refused", since) >= 3);
      const failedPasses = failures.length;

      // Meanwhile the cache answers as before, and the sync status tells what is going on.
      expect(await cachedTotals(db)).toEqual(baseline);
      expect(await newestCallAt(db)).toEqual(newestBefore);
      expect(await lastSuccessAt(db)).toEqual(successAt);
      expect(failures.map(outageOf)).not.toContain("other");
      for (const error of failures) {
        expect(error).toBeInstanceOf(SyncFailedError);
        const message = (error as Error).message;
        expect(message).toMatch(/^sync failed: \S/);
        expect(message).not.toContain(sim.appSecret);
        expect(message).not.toMatch(/hash=/);
      }
      const runs = await listSyncRuns(db, { limit: 3 });
      const finished = runs.filter((run) => run.status !== "running");
      expect(finished[0]).toMatchObject({ status: "failed", error: expect.stringMatching(/\S/) });
      expect(runs.every((run) => run.status !== "succeeded")).toBe(true);

      // AntRing comes back on the same port with the same data; nobody touches the runner.
      const downFor = simNow - outageFrom;
      const backAt = Date.now();
      sim = await startSimulator({ ...simOptions, port });
      const failedBeforeBack = failures.length;
      const succeededBeforeBack = succeeded;
      await waitUntil("a successful pass after AntRing came back", () => succeeded > succeededBeforeBack);
      const recoveryMs = Date.now() - backAt;
      await runner.stop();

      const after = sim.dataset.callsBetween(from, simNow);
      const arrived = arrivedSince(before, after);
      const endedWhileDown = arrived.filter((c) => c.unix_timestamp * 1000 <= outageFrom);
      console.log(
        `[faults/${mode}] AntRing away for ${downFor / MINUTE} simulated minutes: ${failedPasses} failed passes in all ` +
          `(503: ${count("503")}, timeout: ${count("hang")}, refused: ${count("refused")}); ` +
          `${arrived.length} calls arrived meanwhile, ${endedWhileDown.length} of them started before the outage; ` +
          `recovered ${recoveryMs} ms after AntRing came back (${failures.length - failedBeforeBack} more failed passes)`,
      );
      expect(arrived.length).toBeGreaterThan(0);
      expect(endedWhileDown.length).toBeGreaterThan(0);

      await expectExactCopy(db, after);
      expect(await lastSuccessAt(db)).not.toEqual(successAt);
      const [latest] = await listSyncRuns(db, { limit: 1 });
      expect(latest).toMatchObject({ status: "succeeded", error: null });
    } finally {
      await runner.stop();
      await db.dispose();
      await sim.close();
    }
  });
});
