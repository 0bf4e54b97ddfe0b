import type { SyncRangeResult } from "@antdash/sync";

export interface SyncAfterCallOptions {
  /** One incremental pass; may reject (e.g. the sync lease is held by another pass: then that pass catches up). */
  sync: () => Promise<SyncRangeResult>;
  /**
   * Waits before each pass after a call ends: history may list a call a moment after its end, so when a pass
   * writes nothing new the next delay is tried. Default 1 s, 5 s, 15 s.
   */
  delaysMs?: readonly number[];
  /** A pass that failed (the next delay is tried). */
  onError?: (error: unknown) => void;
  /** Timer (tests pass their own). */
  setTimer?: (run: () => void, ms: number) => unknown;
}

/**
 * Runs an incremental sync soon after a live call ends, so today's KPIs move within seconds instead of at the next
 * scheduled pass. Calls ending together share the passes: a call ending while a series is under way restarts it.
 */
export function createSyncAfterCall(options: SyncAfterCallOptions): { callEnded(): void } {
  const delays = options.delaysMs ?? [1_000, 5_000, 15_000];
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms).unref());
  let series = 0;
  let running = false;
  let pendingAgain = false;

  const attempt = (id: number, step: number) => {
    if (id !== series) return;
    if (running) {
      pendingAgain = true;
      return;
    }
    running = true;
    // Fire and forget: a failed pass goes to onError below, and what follows it only sets timers.
    void options
      .sync()
      .then(
        (result) => result.callsWritten > 0,
        (error: unknown) => {
          options.onError?.(error);
          return false;
        },
      )
      .then((wroteCalls) => {
        running = false;
        if (pendingAgain) {
          pendingAgain = false;
          start();
        } else if (!wroteCalls && step + 1 < delays.length) {
          setTimer(() => attempt(id, step + 1), delays[step + 1]!);
        }
      });
  };

  const start = () => {
    const id = ++series;
    setTimer(() => attempt(id, 0), delays[0]!);
  };

  return { callEnded: start };
}
