import { AntringClient } from "@antdash/antring-core";
import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { SyncBusyError } from "@antdash/api";
import { countCalls } from "@antdash/db";
import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import type { SyncProgress } from "@antdash/sync";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SyncRunner } from "./sync-runner";

const DAY = 86_400_000;
const SECRET = "runner-test-secret";

/** Resolves with every report of the next run, once that run ends (the runner reports null). */
function nextRun(runner: SyncRunner): Promise<SyncProgress[]> {
  return new Promise((resolve) => {
    const seen: SyncProgress[] = [];
    const unsubscribe = runner.subscribe((progress) => {
      if (progress) return void seen.push(progress);
      if (seen.length === 0) return;
      unsubscribe();
      resolve(seen);
    });
  });
}

describe.each(testDatabaseModes())("SyncRunner (the web app's SyncController) on %s", (mode) => {
  let simulator: RunningSimulator;
  let db: TestDatabase;
  let runner: SyncRunner | undefined;

  beforeAll(async () => {
    simulator = await startSimulator({ appSecret: SECRET, historyDays: 6, callsPerDay: 60, seed: 7 });
  });
  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
    await db?.dispose();
  });
  afterAll(() => simulator.close());

  function newRunner(appSecret = SECRET): SyncRunner {
    const client = new AntringClient({
      baseUrl: simulator.url,
      appId: simulator.appId,
      appSecret,
      retry: { retries: 0 },
    });
    // A long interval: each test drives the passes it needs.
    runner = new SyncRunner({ db, client, intervalMs: 3_600_000, initialDays: 2 });
    return runner;
  }

  it("keeps the cache current, reports progress, refuses a backfill while a run is going, then backfills", async () => {
    db = await openTestDatabase(mode);
    const sync = newRunner();
    let refusal: unknown;
    const firstRun = nextRun(sync);
    const unsubscribe = sync.subscribe((progress) => {
      if (!progress || refusal) return;
      // Mid-run: the one sync lease is taken, so a backfill must wait its turn.
      sync.startBackfill({ from: new Date(Date.now() - 5 * DAY), to: new Date() }).catch((error: unknown) => {
        refusal = error;
      });
    });
    sync.startIncremental();
    const reports = await firstRun;
    unsubscribe();
    expect(reports.every((r) => r.kind === "incremental")).toBe(true);
    expect(refusal).toBeInstanceOf(SyncBusyError);
    expect(sync.status()).toEqual({ running: null, incremental: true, lastError: null });
    const recent = await countCalls(db);
    expect(recent).toBeGreaterThan(0);

    const backfill = nextRun(sync);
    await sync.startBackfill({ from: new Date(Date.now() - 6 * DAY), to: new Date(Date.now() - 2 * DAY) });
    const backfillReports = await backfill;
    expect(backfillReports.every((r) => r.kind === "backfill")).toBe(true);
    expect(await countCalls(db)).toBeGreaterThan(recent);
    // The incremental loop resumes once the backfill is done.
    expect(sync.status().incremental).toBe(true);
    expect(sync.status().lastError).toBeNull();
  });

  it("reports a failing AntRing as a readable last error that never holds the secret", async () => {
    db = await openTestDatabase(mode);
    const wrongSecret = "not-the-right-secret-value";
    const sync = newRunner(wrongSecret);
    const failed = new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (sync.status().lastError) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
    });
    sync.startIncremental();
    await failed;
    const { lastError } = sync.status();
    expect(lastError).toBeTruthy();
    expect(lastError).not.toContain(wrongSecret);
    expect(await countCalls(db)).toBe(0);
  });

  it("refuses to start anything once stopped", async () => {
    db = await openTestDatabase(mode);
    const sync = newRunner();
    await sync.stop();
    await expect(
      sync.startBackfill({ from: new Date(Date.now() - DAY), to: new Date() }),
    ).rejects.toBeInstanceOf(SyncBusyError);
    sync.startIncremental();
    expect(sync.status().incremental).toBe(false);
  });
});
