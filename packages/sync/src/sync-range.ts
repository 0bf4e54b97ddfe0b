import type { AntringClient } from "@antdash/antring-core";
import {
  type Database,
  finishSyncRun,
  getDoneWindows,
  markWindowDone,
  startSyncRun,
  updateSyncRun,
} from "@antdash/db";
import { setMaxListeners } from "node:events";
import { CaseRefresher } from "./case-refresher";
import { SyncFailedError } from "./errors";
import { closeInterruptedRuns } from "./interrupted-runs";
import { isSettled, planSyncWindows } from "./plan";
import { type ProgressListener, ProgressTracker, type SyncProgress } from "./progress";
import { readerShare } from "./reader-share";
import { readWindow } from "./read-window";
import { acquireRunnerLock, runnerName } from "./runner-lock";
import { isCovered, type TimeWindow } from "./window-coverage";
import { WriteQueue } from "./write-queue";

export interface SyncRangeOptions {
  db: Database;
  client: AntringClient;
  from: Date;
  to: Date;
  kind?: "backfill" | "incremental";
  /** Calls younger than this may still appear upstream (a call is listed once it ends): never marked done. */
  settleMs?: number;
  /** Windows read at the same time; AntRing requests are further bounded by the client's own concurrency. */
  windowConcurrency?: number;
  /** Rows per database write (one statement: the calls, their rollups and their call-back marks). */
  batchSize?: number;
  /** Database writes at the same time (default 1; rows waiting for them are bounded to two batches per writer). */
  writers?: number;
  pageSize?: number;
  /** Pages of one window requested at the same time. */
  pagesAhead?: number;
  /** Least time between two rebuilds of the call-back cases during a sync (see CaseRefresher). */
  caseRefreshIntervalMs?: number;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  /** Identifies this runner in the lock table. */
  owner?: string;
  now?: () => Date;
}

/** What a finished sync reports: its last progress, less what only matters while it runs. */
export type SyncRangeResult = Omit<SyncProgress, "kind" | "windowsDone" | "callsPerSecond" | "etaSeconds">;

export const DEFAULT_SETTLE_MS = 2 * 60 * 60 * 1000;

/**
 * Rows per write. Each write also adds its rows to every rollup; the daily and monthly rollup rows a batch touches
 * are upserted once per batch, so larger batches do much less rollup work per call (measured: see issue 16).
 */
const DEFAULT_BATCH_SIZE = 5000;
const DEFAULT_CASE_REFRESH_MS = 60_000;

/**
 * Copies AntRing's call history for [from, to] into the cache, exactly once:
 * - idempotent set-based writes keyed by our stable call key, so re-reading anything never doubles a call;
 * - a window is marked done only after all its pages are written, so a run killed at any instant is finished by the
 *   next run, which skips done windows and re-reads the rest;
 * - one runner at a time across processes (a lease row in the database).
 */
export async function syncRange(options: SyncRangeOptions): Promise<SyncRangeResult> {
  const { db, client } = options;
  if (options.to.getTime() < options.from.getTime()) throw new RangeError("sync range ends before it starts");
  const now = options.now?.() ?? new Date();
  const settleLine = new Date(now.getTime() - (options.settleMs ?? DEFAULT_SETTLE_MS));
  const kind = options.kind ?? "backfill";
  const lease = await acquireRunnerLock(db, options.owner ?? runnerName());
  // Stop when the caller aborts or when the lease is lost to another runner.
  const signal = options.signal ? AbortSignal.any([options.signal, lease.signal]) : lease.signal;
  setMaxListeners(256, signal); // every in-flight request listens to it
  try {
    await closeInterruptedRuns(db);
    const windows = planSyncWindows(options.from, options.to, settleLine);
    const done = await getDoneWindows(db, options.from, options.to);
    const run = await startSyncRun(db, {
      kind,
      rangeFrom: options.from,
      rangeTo: options.to,
      windowsTotal: windows.length,
    });
    const progress = new ProgressTracker(run.id, kind, windows.length, options.onProgress);
    const pending: TimeWindow[] = [];
    for (const w of windows) {
      if (isSettled(w, settleLine) && isCovered(w, done)) {
        progress.counters.windowsDone++;
        progress.counters.windowsSkipped++;
      } else pending.push(w);
    }
    progress.emit();

    let failure: unknown = null;
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const writers = Math.max(1, options.writers ?? 1);
    const ctx = {
      db,
      client,
      runId: run.id,
      pageSize: options.pageSize ?? 100,
      batchSize,
      writer: new WriteQueue(2 * writers * batchSize, writers, readerShare(db)),
      pagesAhead: options.pagesAhead ?? 4,
      maxRereads: 3,
      progress,
      signal,
    };
    const cases = new CaseRefresher(db, options.caseRefreshIntervalMs ?? DEFAULT_CASE_REFRESH_MS);
    const worker = async () => {
      for (let w = pending.shift(); w && failure === null; w = pending.shift()) {
        try {
          const r = await readWindow(ctx, w);
          if (isSettled(w, settleLine)) {
            const { callsSeen, callsInserted, pages } = r;
            await markWindowDone(db, {
              from: w.from,
              to: w.to,
              runId: run.id,
              callsSeen,
              callsInserted,
              pages,
            });
          }
          progress.counters.windowsDone++;
          await updateSyncRun(db, run.id, runCounters(progress));
          progress.emit();
          await cases.windowDone();
        } catch (error) {
          failure ??= error;
        }
      }
    };
    const concurrency = Math.max(1, options.windowConcurrency ?? 3);
    await Promise.all(Array.from({ length: Math.min(concurrency, pending.length || 1) }, worker));

    if (failure === null) {
      // The database may fail right here too: then the run is reported failed like any other.
      failure = await cases
        .refresh()
        .then(() => finishSyncRun(db, run.id, { status: "succeeded" }))
        .then(
          () => null,
          (error: unknown) => error,
        );
    }
    if (failure !== null) {
      const reason = describe(failure);
      const aborted = options.signal?.aborted === true;
      // Best effort: when the database itself is what failed, the run stays "running" until the next run marks it
      // interrupted (closeInterruptedRuns); the caller still gets this typed error either way.
      await updateSyncRun(db, run.id, runCounters(progress))
        .then(() => finishSyncRun(db, run.id, { status: aborted ? "cancelled" : "failed", error: reason }))
        .catch(() => undefined);
      throw new SyncFailedError(`sync failed: ${reason}`, run.id, failure);
    }
    const {
      kind: _kind,
      windowsDone: _done,
      callsPerSecond: _rate,
      etaSeconds: _eta,
      ...result
    } = progress.snapshot();
    return result;
  } finally {
    // A lease that cannot be released (database unreachable) expires, or the next runner of this process takes it
    // over at once (acquireRunnerLock); failing here would hide the run's own outcome.
    await lease.release().catch(() => undefined);
  }
}

function runCounters(progress: ProgressTracker) {
  const c = progress.counters;
  return {
    windowsDone: c.windowsDone,
    callsSeen: c.callsSeen,
    callsInserted: c.callsWritten,
    quarantined: c.quarantined,
    callsCorrected: c.callsCorrected,
    callsRemoved: c.callsRemoved,
    correctedFields: { ...c.correctedFields },
  };
}

/** One line, safe to show and log: typed AntRing errors already carry redacted messages. */
function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && !error.message.includes(code)
      ? `${code}: ${error.message}`
      : error.message;
  }
  return String(error);
}
