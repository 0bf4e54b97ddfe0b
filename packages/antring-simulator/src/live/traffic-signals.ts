import type { GeneratedCall } from "../call-generator";
import type { CallDataset } from "../dataset";
import type { ChannelEvent } from "./bindings";
import { recordTimeline, type LiveCall } from "./kazoo-events";
import type { LiveSignals } from "./live-signals";

const TICK_MS = 1_000;
/** Longer than any generated call (30 min of talk at most, plus the wait), so none is missed. */
const LONGEST_CALL_MS = 40 * 60_000;

interface Due {
  atMs: number;
  event: ChannelEvent;
  call: LiveCall;
}

/**
 * Live signals for the generated traffic, in real time: every second, the create/answer/destroy events that
 * fell due since the last tick are sent in time order. Destroy is due when the call ends, which is also when
 * it becomes visible in history. Only for a real clock: a frozen one would never move.
 */
export class TrafficSignals {
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastMs = 0;

  constructor(
    private readonly dataset: CallDataset,
    private readonly signals: LiveSignals,
    private readonly now: () => number,
  ) {}

  start(): void {
    this.lastMs = this.now();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Sends what fell due in (last tick, now]. */
  tick(): void {
    const nowMs = this.now();
    if (nowMs <= this.lastMs) return;
    const due: Due[] = [];
    const fromSec = Math.floor((this.lastMs - LONGEST_CALL_MS) / 1000);
    for (const generated of this.dataset.callsStartingBetween(fromSec, Math.floor(nowMs / 1000))) {
      if (generated.placed) continue; // placed calls send their own events
      const call = { callId: generatedCallId(generated), record: generated.record };
      const { createMs, answerMs, destroyMs } = recordTimeline(generated.record);
      const events: [number | null, ChannelEvent][] = [
        [createMs, "CHANNEL_CREATE"],
        [answerMs, "CHANNEL_ANSWER"],
        [destroyMs, "CHANNEL_DESTROY"],
      ];
      for (const [atMs, event] of events) {
        if (atMs !== null && atMs > this.lastMs && atMs <= nowMs) due.push({ atMs, event, call });
      }
    }
    this.lastMs = nowMs;
    due.sort((a, b) => a.atMs - b.atMs);
    for (const { atMs, event, call } of due) this.signals.publish(event, call, atMs);
  }
}

/** Stable per generated call: its start and its per-call key. */
function generatedCallId(call: GeneratedCall): string {
  return `gen-${call.record.unix_timestamp.toString(36)}-${call.key.toString(36)}`;
}
