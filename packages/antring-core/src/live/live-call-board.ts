import type { LiveCallSignal, LiveCallState } from "./live-signal";

export interface LiveCallBoardOptions {
  /** An entry not updated for this long is dropped (its end was missed, e.g. while disconnected). Default 4 h. */
  maxAgeMs?: number;
  /** Clock in ms, for staleness only; default Date.now. */
  now?: () => number;
}

const DEFAULT_MAX_AGE_MS = 4 * 3_600_000;
/** How long an ended call is remembered, so a late or replayed event cannot bring it back. */
const ENDED_MEMORY_MS = 15 * 60_000;

interface Entry {
  signal: LiveCallSignal;
  updatedAt: number;
}

/**
 * Calls in progress, built from live signals: one merged entry per callId (ringing or answered), removed
 * when the call ends, dropped when no signal refreshed it for `maxAgeMs`.
 */
export class LiveCallBoard {
  readonly #entries = new Map<string, Entry>();
  readonly #ended = new Map<string, number>();
  readonly #maxAgeMs: number;
  readonly #now: () => number;

  constructor(options: LiveCallBoardOptions = {}) {
    this.#maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
    this.#now = options.now ?? Date.now;
  }

  apply(signal: LiveCallSignal): void {
    const now = this.#now();
    this.#prune(now);
    const { callId } = signal;
    if (signal.state === "ended") {
      this.#entries.delete(callId);
      this.#ended.set(callId, now);
      return;
    }
    if (this.#ended.has(callId)) return;
    const previous = this.#entries.get(callId)?.signal;
    this.#entries.set(callId, { signal: previous ? merge(previous, signal) : { ...signal }, updatedAt: now });
  }

  /** Calls in progress, longest in their current state first. */
  list(): LiveCallSignal[] {
    this.#prune(this.#now());
    return [...this.#entries.values()]
      .map(({ signal }) => ({ ...signal }))
      .sort(
        (a, b) => a.at.getTime() - b.at.getTime() || (a.callId < b.callId ? -1 : a.callId > b.callId ? 1 : 0),
      );
  }

  get(callId: string): LiveCallSignal | undefined {
    this.#prune(this.#now());
    const entry = this.#entries.get(callId);
    return entry ? { ...entry.signal } : undefined;
  }

  counts(): Record<Exclude<LiveCallState, "ended">, number> {
    const counts = { ringing: 0, answered: 0 };
    for (const { state } of this.list()) if (state !== "ended") counts[state]++;
    return counts;
  }

  get size(): number {
    this.#prune(this.#now());
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
    this.#ended.clear();
  }

  #prune(now: number): void {
    for (const [callId, { updatedAt }] of this.#entries) {
      if (now - updatedAt > this.#maxAgeMs) this.#entries.delete(callId);
    }
    for (const [callId, endedAt] of this.#ended) {
      if (now - endedAt > ENDED_MEMORY_MS) this.#ended.delete(callId);
    }
  }
}

/**
 * A later signal for a known call: its state moves forward only (a replayed CREATE cannot un-answer a call),
 * `at` stays when the call entered its state, and fields the new event leaves blank keep their known value.
 */
function merge(previous: LiveCallSignal, next: LiveCallSignal): LiveCallSignal {
  const state = previous.state === "answered" ? "answered" : next.state;
  return {
    callId: previous.callId,
    state,
    direction: next.direction === "unknown" ? previous.direction : next.direction,
    caller: next.caller || previous.caller,
    callee: next.callee || previous.callee,
    did: next.did ?? previous.did,
    agent: next.agent ?? previous.agent,
    at: state === previous.state ? previous.at : next.at,
    raw: next.raw,
  };
}
