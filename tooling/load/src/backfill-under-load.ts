import { trpcCall } from "./sign-in";

const DAY = 86_400_000;
/** The longest backfill one request may start (sync.startBackfill). */
const SPAN_DAYS = 365;

interface SyncStatus {
  running: { kind: string; callsWritten: number } | null;
}

/** The backfill that runs under the load, and what it wrote meanwhile. */
export interface RunningBackfill {
  /** Calls per second it wrote before any load (over `unloadedSeconds`). */
  unloadedRate: number;
  /** Calls written so far by this run, or null once it has finished. */
  written(): Promise<number | null>;
}

async function written(base: string, admin: string): Promise<number | null> {
  const status = await trpcCall<SyncStatus>(base, admin, "sync.status", undefined);
  return status.running?.kind === "backfill" ? status.running.callsWritten : null;
}

/**
 * Starts a year's backfill right behind the synced week (the simulator is started with enough history and calls
 * a day for it to outlast the whole load) and measures its unloaded rate first.
 */
export async function startBackfill(base: string, admin: string, unloadedSeconds: number): Promise<RunningBackfill> {
  const now = Date.now();
  const range = {
    from: new Date(now - (8 + SPAN_DAYS) * DAY).toISOString(),
    to: new Date(now - 8 * DAY).toISOString(),
  };
  await trpcCall(base, admin, "sync.startBackfill", range, "mutation");
  // The run takes a moment to start (the sync lock, the first window).
  let start: number | null = null;
  for (let i = 0; i < 30 && start === null; i++) {
    start = await written(base, admin);
    if (start === null) await new Promise((r) => setTimeout(r, 500));
  }
  if (start === null) throw new Error("the backfill did not start within 15 s");
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, unloadedSeconds * 1000));
  const end = await written(base, admin);
  if (end === null) throw new Error(`the backfill ended within ${unloadedSeconds} s: nothing left to run under load`);
  const unloadedRate = (end - start) / ((performance.now() - t0) / 1000);
  return { unloadedRate, written: () => written(base, admin) };
}
