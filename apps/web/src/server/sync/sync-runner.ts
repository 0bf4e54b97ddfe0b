import type { AntringClient } from "@antdash/antring-core";
import { SyncBusyError, type SyncController, type SyncControllerStatus } from "@antdash/api";
import type { Database } from "@antdash/db";
import { startIncrementalSync, syncRange, type SyncProgress, type SyncRangeResult } from "@antdash/sync";
import { logEvent } from "../log";
import { existingSingleton, processSingleton } from "../process-singleton";

export interface SyncRunnerOptions {
  db: Database;
  client: AntringClient;
  intervalMs: number;
  /** How far back the first pass over an empty cache reaches. */
  initialDays: number;
}

type ProgressListener = (progress: SyncProgress | null) => void;

/**
 * This process's sync: the incremental loop that keeps the cache current, and admin-started backfills. Both need
 * the one sync lease, so a backfill pauses the loop and resumes it when done. Implements the API's SyncController.
 */
export class SyncRunner implements SyncController {
  readonly #options: SyncRunnerOptions;
  readonly #listeners = new Set<ProgressListener>();
  #loop: ReturnType<typeof startIncrementalSync> | null = null;
  #backfill: { abort: AbortController; done: Promise<void> } | null = null;
  #running: SyncProgress | null = null;
  #lastError: string | null = null;
  #stopped = false;

  constructor(options: SyncRunnerOptions) {
    this.#options = options;
  }

  /** Starts (or resumes) the incremental loop: a pass at once, then one every intervalMs. */
  startIncremental(): void {
    if (this.#loop || this.#stopped) return;
    const { db, client, intervalMs, initialDays } = this.#options;
    this.#loop = startIncrementalSync({
      db,
      client,
      intervalMs,
      initialDays,
      onProgress: (progress) => this.#report(progress),
      onPass: (result) => this.#finished("incremental", result),
      onError: (error) => this.#failed("incremental", error),
    });
  }

  status(): SyncControllerStatus {
    return { running: this.#running, incremental: this.#loop !== null, lastError: this.#lastError };
  }

  startBackfill(range: { from: Date; to: Date }): Promise<void> {
    if (this.#stopped || this.#backfill || this.#running) return Promise.reject(new SyncBusyError());
    const abort = new AbortController();
    const done = this.#runBackfill(range, abort.signal);
    this.#backfill = { abort, done };
    void done.finally(() => {
      this.#backfill = null;
    });
    return Promise.resolve();
  }

  subscribe(listener: ProgressListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops the loop and aborts a backfill; resolves once nothing is writing to the database any more. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#backfill?.abort.abort(new Error("the server is stopping"));
    await Promise.all([this.#loop?.stop(), this.#backfill?.done]);
    this.#loop = null;
  }

  async #runBackfill(range: { from: Date; to: Date }, signal: AbortSignal): Promise<void> {
    const loop = this.#loop;
    this.#loop = null;
    await loop?.stop();
    try {
      const { db, client } = this.#options;
      const result = await syncRange({
        db,
        client,
        from: range.from,
        to: range.to,
        kind: "backfill",
        signal,
        onProgress: (progress) => this.#report(progress),
      });
      this.#finished("backfill", result);
    } catch (error) {
      this.#failed("backfill", error);
    } finally {
      this.startIncremental();
    }
  }

  #report(progress: SyncProgress | null): void {
    this.#running = progress;
    for (const listener of this.#listeners) listener(progress);
  }

  #finished(kind: "incremental" | "backfill", result: SyncRangeResult): void {
    this.#lastError = null;
    this.#report(null);
    if (result.callsWritten > 0 || kind === "backfill") {
      logEvent("info", "sync.pass", {
        kind,
        callsWritten: result.callsWritten,
        callsSeen: result.callsSeen,
        quarantined: result.quarantined,
        elapsedMs: result.elapsedMs,
      });
    }
  }

  #failed(kind: "incremental" | "backfill", error: unknown): void {
    // AntRing and sync errors carry readable messages without secrets (antring-core redacts them).
    this.#lastError = error instanceof Error ? error.message : "unknown error";
    this.#report(null);
    logEvent("warn", "sync.failed", { kind, message: this.#lastError });
  }
}

const SINGLETON = "sync-runner";

export function createSyncRunner(options: SyncRunnerOptions): SyncRunner {
  return processSingleton(SINGLETON, () => new SyncRunner(options));
}

/** The runner when this process started one (AntRing credentials set); otherwise undefined. */
export function getSyncRunner(): SyncRunner | undefined {
  return existingSingleton<SyncRunner>(SINGLETON);
}
