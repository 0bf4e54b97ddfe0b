import type { SyncProgress } from "@antdash/sync";
import { z } from "zod";
import { TooManyRequestsError } from "../errors";
import { LIVE_STREAM_LIMITS } from "../live-streams/stream-limiter";
import { viewerProcedure } from "../trpc";
import { requireSyncController } from "./sync-controller";
import { syncProgressSchema } from "./sync-schemas";

export const syncProgressInput = z.void();
/** Each yielded value: the run's progress, or null when no run is in progress. */
export const syncProgressEvent = syncProgressSchema.nullable();
// tRPC hands a subscription's output validator the whole stream; each event is checked as it is yielded instead.
export const syncProgressOutput = z.custom<AsyncIterable<z.infer<typeof syncProgressEvent>>>(
  (value) => typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === "function",
);

/**
 * sync.progress: the current state at once, then every progress report until the client leaves (viewer+). Each
 * open stream holds a subscription: at most LIVE_STREAM_LIMITS.perUser per user (TOO_MANY_REQUESTS beyond).
 */
export const syncProgressProcedure = viewerProcedure
  .input(syncProgressInput)
  .output(syncProgressOutput)
  .subscription(({ ctx, signal }) => {
    const controller = requireSyncController(ctx.syncController);
    const release = ctx.liveStreams
      ? ctx.liveStreams.acquire(`sync-progress:user:${ctx.user.id}`, LIVE_STREAM_LIMITS.perUser)
      : () => {};
    if (release === null) {
      throw new TooManyRequestsError("Too many live streams open for this account.", 10);
    }
    // The slot goes back when the client leaves, even if the stream was never read.
    signal?.addEventListener("abort", release, { once: true });
    return progressEvents(controller, signal, release);
  });

async function* progressEvents(
  controller: ReturnType<typeof requireSyncController>,
  signal: AbortSignal | undefined,
  release: () => void,
): AsyncGenerator<SyncProgress | null> {
  const queue: Array<SyncProgress | null> = [];
  let wake: (() => void) | null = null;
  const unsubscribe = controller.subscribe((progress) => {
    // Only the latest report matters to a progress bar: a slow client skips intermediate ones.
    if (queue.length > 0) queue.splice(0, queue.length);
    queue.push(progress);
    wake?.();
  });
  const stopped = new Promise<void>((resolve) => {
    if (signal?.aborted) resolve();
    signal?.addEventListener("abort", () => resolve(), { once: true });
  });
  try {
    yield syncProgressEvent.parse(controller.status().running);
    while (!signal?.aborted) {
      if (queue.length === 0) {
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), stopped]);
        wake = null;
        continue;
      }
      yield syncProgressEvent.parse(queue.shift() ?? null);
    }
  } finally {
    unsubscribe();
    release();
  }
}
