import type { SyncProgress } from "@antdash/sync";
import { z } from "zod";
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

/** sync.progress: the current state at once, then every progress report until the client leaves (viewer+). */
export const syncProgressProcedure = viewerProcedure
  .input(syncProgressInput)
  .output(syncProgressOutput)
  .subscription(({ ctx, signal }) => {
    const controller = requireSyncController(ctx.syncController);
    return progressEvents(controller, signal);
  });

async function* progressEvents(
  controller: ReturnType<typeof requireSyncController>,
  signal: AbortSignal | undefined,
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
  }
}
