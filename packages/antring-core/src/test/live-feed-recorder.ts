// Shared setup for the live-feed tests: a feed that records what it reports, and a wait for a condition.
import {
  connectLiveCalls,
  type LiveCallFeed,
  type LiveCallFeedOptions,
  type LiveFeedStatus,
} from "../live/live-feed";
import type { LiveCallSignal } from "../live/live-signal";

/** Resolves once `predicate` holds (polled every 10 ms); fails naming `what` after `timeoutMs`. */
export async function until(predicate: () => boolean, what: string, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface RecordedFeed {
  feed: LiveCallFeed;
  signals: LiveCallSignal[];
  statuses: LiveFeedStatus[];
}

/** A live feed that records every signal (also handed to `alsoOnSignal`) and every status it reports. */
export function recordLiveCalls(
  options: Omit<LiveCallFeedOptions, "onSignal" | "onStatus">,
  alsoOnSignal?: (signal: LiveCallSignal) => void,
): RecordedFeed {
  const signals: LiveCallSignal[] = [];
  const statuses: LiveFeedStatus[] = [];
  const feed = connectLiveCalls({
    ...options,
    onSignal: (signal) => {
      signals.push(signal);
      alsoOnSignal?.(signal);
    },
    onStatus: (status) => statuses.push(status),
  });
  return { feed, signals, statuses };
}
