import { trpcCall } from "./sign-in";

const DAY = 86_400_000;
/** The longest backfill one request may start (sync.startBackfill). */
const SPAN_DAYS = 365;

interface SyncStatus {
  running: { kind: string } | null;
}

/** The backfill that runs under the load, and what it wrote meanwhile. */
export interface RunningBackfill {
  /** Calls per second it wrote before any load (over `unloadedSeconds`). */
  unloadedRate: number;
  /** Calls of the backfilled range in the cache now. */
  cached(): Promise<number>;
  /** Whether the backfill still runs. */
  running(): Promise<boolean>;
}

async function running(base: string, admin: string): Promise<boolean> {
  const status = await trpcCall<SyncStatus>(base, admin, "sync.status", undefined);
  return status.running?.kind === "backfill";
}

/** Counted in the cache (the run's own counter is only reported once a whole window, up to a month, is done). */
async function cached(base: string, admin: string, range: { from: string; to: string }): Promise<number> {
  return (await trpcCall<{ total: number }>(base, admin, "calls.count", { filter: range })).total;
}

/**
 * Starts a year's backfill right behind the synced week (the simulator is started with enough history and calls
 * a day for it to outlast the whole load) and measures its unloaded rate first.
 */
export async function startBackfill(
  base: string,
  admin: string,
  unloadedSeconds: number,
): Promise<RunningBackfill> {
  const now = Date.now();
  const range = {
    from: new Date(now - (8 + SPAN_DAYS) * DAY).toISOString(),
    to: new Date(now - 8 * DAY).toISOString(),
  };
  await trpcCall(base, admin, "sync.startBackfill", range, "mutation");
  // The run takes a moment to start (the sync lock, the first window).
  let started = false;
  for (let i = 0; i < 30 && !started; i++) {
    started = await running(base, admin);
    if (!started) await new Promise((r) => setTimeout(r, 500));
  }
  if (!started) throw new Error("the backfill did not start within 15 s");
  const start = await cached(base, admin, range);
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, unloadedSeconds * 1000));
  const end = await cached(base, admin, range);
  if (!(await running(base, admin)))
    throw new Error(`the backfill ended within ${unloadedSeconds} s: nothing left to run under load`);
  const unloadedRate = (end - start) / ((performance.now() - t0) / 1000);
  return { unloadedRate, cached: () => cached(base, admin, range), running: () => running(base, admin) };
}
