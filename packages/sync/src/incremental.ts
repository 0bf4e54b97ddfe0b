import type { AntringClient } from "@antdash/antring-core";
import { type Database, getDoneWindows } from "@antdash/db";
import type { ProgressListener } from "./progress";
import { DEFAULT_SETTLE_MS, syncRange, type SyncRangeResult } from "./sync-range";

export interface IncrementalSyncOptions {
  db: Database;
  client: AntringClient;
  /** Time between passes. */
  intervalMs?: number;
  /** How far back every pass re-reads, to catch calls listed late; also how long a window stays unsettled. */
  overlapMs?: number;
  /** How much history the very first pass fetches when the cache is empty. */
  initialDays?: number;
  onProgress?: ProgressListener;
  onPass?: (result: SyncRangeResult) => void;
  onError?: (error: unknown) => void;
  /** The clock (tests move it; production uses the real one). */
  now?: () => Date;
}

const DAY_MS = 86_400_000;

/** One incremental pass: from the end of what is already settled in the cache (or `initialDays` back) to now. */
export async function syncRecent(options: IncrementalSyncOptions): Promise<SyncRangeResult> {
  const now = options.now?.() ?? new Date();
  const overlapMs = options.overlapMs ?? DEFAULT_SETTLE_MS;
  const initialFrom = new Date(now.getTime() - (options.initialDays ?? 31) * DAY_MS);
  const done = await getDoneWindows(options.db, initialFrom, now);
  const frontier = done.reduce((max, w) => Math.max(max, w.to.getTime()), Number.NEGATIVE_INFINITY);
  const from = Number.isFinite(frontier)
    ? new Date(Math.min(frontier + 1, now.getTime() - overlapMs))
    : initialFrom;
  return syncRange({
    db: options.db,
    client: options.client,
    from,
    to: now,
    kind: "incremental",
    settleMs: overlapMs,
    onProgress: options.onProgress,
    now: () => now,
  });
}

/** Runs `syncRecent` every `intervalMs` until stopped; a failed pass is reported and retried at the next tick. */
export function startIncrementalSync(options: IncrementalSyncOptions): {
  stop(): Promise<void>;
  runNow(): Promise<void>;
} {
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  const pass = (): Promise<void> => {
    running ??= syncRecent(options)
      .then((result) => options.onPass?.(result))
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(() => void pass(), options.intervalMs ?? 60_000);
      });
    return running;
  };
  void pass();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    runNow: () => {
      if (timer) clearTimeout(timer);
      return pass();
    },
  };
}
