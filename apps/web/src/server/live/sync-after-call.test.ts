import type { SyncRangeResult } from "@antdash/sync";
import { describe, expect, it } from "vitest";
import { createSyncAfterCall } from "./sync-after-call";

const result = (callsWritten: number): SyncRangeResult => ({
  runId: "r",
  windowsTotal: 1,
  windowsSkipped: 0,
  pagesFetched: 1,
  callsSeen: callsWritten,
  callsWritten,
  quarantined: 0,
  callsCorrected: 0,
  callsRemoved: 0,
  correctedFields: {},
  elapsedMs: 1,
});

/** A hand-driven timer queue: the test decides when time passes. */
function manualTimers() {
  const queue: { run: () => void; ms: number }[] = [];
  return {
    setTimer: (run: () => void, ms: number) => queue.push({ run, ms }),
    delays: () => queue.map((t) => t.ms),
    async fireNext() {
      const next = queue.shift();
      if (!next) throw new Error("no timer pending");
      next.run();
      // Let the sync's promise chain settle.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    get pending() {
      return queue.length;
    },
  };
}

/**
 * A trigger over `sync` (given the pass's number, from 0) and hand-driven timers; `passes()` counts the passes
 * started.
 */
function syncAfterCall(
  sync: (pass: number) => Promise<SyncRangeResult>,
  options: { delaysMs?: number[]; onError?: (error: unknown) => void } = {},
) {
  const timers = manualTimers();
  let passes = 0;
  const trigger = createSyncAfterCall({
    sync: () => sync(passes++),
    delaysMs: options.delaysMs ?? [1000, 5000],
    setTimer: timers.setTimer,
    ...(options.onError && { onError: options.onError }),
  });
  return { timers, trigger, passes: () => passes };
}

describe("createSyncAfterCall", () => {
  it("syncs once shortly after a call ends when that pass brings the call in", async () => {
    const { timers, trigger, passes } = syncAfterCall(() => Promise.resolve(result(1)));
    trigger.callEnded();
    expect(timers.delays()).toEqual([1000]);
    await timers.fireNext();
    expect(passes()).toBe(1);
    expect(timers.pending).toBe(0);
  });

  it("tries the later delays while the history does not list anything new yet, then stops", async () => {
    const { timers, trigger, passes } = syncAfterCall(() => Promise.resolve(result(0)), {
      delaysMs: [1000, 5000, 15000],
    });
    trigger.callEnded();
    await timers.fireNext();
    expect(timers.delays()).toEqual([5000]);
    await timers.fireNext();
    expect(timers.delays()).toEqual([15000]);
    await timers.fireNext();
    expect(passes()).toBe(3);
    expect(timers.pending).toBe(0);
  });

  it("retries after a failed pass (e.g. the sync lease was busy) and reports the error", async () => {
    const errors: unknown[] = [];
    const { timers, trigger, passes } = syncAfterCall(
      (pass) => (pass === 0 ? Promise.reject(new Error("busy")) : Promise.resolve(result(2))),
      { onError: (error) => errors.push(error) },
    );
    trigger.callEnded();
    await timers.fireNext();
    expect(errors).toHaveLength(1);
    await timers.fireNext();
    expect(passes()).toBe(2);
    expect(timers.pending).toBe(0);
  });

  it("a call ending during a series starts it over instead of running a second series beside it", async () => {
    const { timers, trigger, passes } = syncAfterCall(() => Promise.resolve(result(0)));
    trigger.callEnded();
    trigger.callEnded();
    // Two timers are queued, but the first belongs to a superseded series and does nothing.
    await timers.fireNext();
    expect(passes()).toBe(0);
    await timers.fireNext();
    expect(passes()).toBe(1);
    expect(timers.delays()).toEqual([5000]);
  });

  it("a call ending while a pass runs gets a pass of its own after it", async () => {
    let release: (value: SyncRangeResult) => void = () => {};
    const { timers, trigger, passes } = syncAfterCall(
      () => new Promise<SyncRangeResult>((resolve) => (release = resolve)),
      { delaysMs: [1000] },
    );
    trigger.callEnded();
    await timers.fireNext(); // pass 1 starts and hangs
    trigger.callEnded();
    await timers.fireNext(); // pass 1 still running: remembered for later
    expect(passes()).toBe(1);
    release(result(1));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(timers.delays()).toEqual([1000]);
    await timers.fireNext();
    expect(passes()).toBe(2);
  });
});
