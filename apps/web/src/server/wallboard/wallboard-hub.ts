import type { RouterOutputs } from "@antdash/api";
import type { LiveCalls } from "../live/live-calls";
import type { LiveBoardView } from "../live/live-view";

export type WallboardSnapshot = RouterOutputs["wallboard"]["snapshot"];

/** What the hub reads: the cheap data version, the full board, agents' names (the wallboard procedures). */
export interface WallboardSource {
  version(): Promise<string>;
  snapshot(): Promise<WallboardSnapshot>;
  /** SIP user → username: live signals name agents by SIP user, the board by username. */
  agentNames(): Promise<Record<string, string>>;
}

/** Agents' names change rarely: read again at most this often (with a board recomputation). */
const NAMES_MAX_AGE_MS = 10 * 60_000;

export type WallboardEvent =
  { type: "snapshot"; snapshot: WallboardSnapshot } | { type: "live"; live: LiveBoardView };

export type WallboardListener = (event: WallboardEvent) => void;

export interface WallboardHubOptions {
  source: WallboardSource;
  live: LiveCalls;
  /** How often the data version is read while any screen listens. */
  pollMs?: number;
  /** A board is recomputed at least this often even without new data: "today" moves on, hours pass. */
  maxAgeMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * One per process, shared by every wall screen connected to it. While anyone listens it polls the data version
 * (new calls, a sync run, changed settings: whichever process or instance wrote them) and recomputes the board
 * only when it changed, then pushes it to every listener; live-call changes are pushed as they happen.
 */
export class WallboardHub {
  readonly #source: WallboardSource;
  readonly #live: LiveCalls;
  readonly #pollMs: number;
  readonly #maxAgeMs: number;
  readonly #onError: (error: unknown) => void;
  readonly #listeners = new Set<WallboardListener>();
  #snapshot: WallboardSnapshot | null = null;
  #snapshotAt = 0;
  #version: string | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #polling: Promise<void> | null = null;
  #unsubscribeLive: (() => void) | null = null;
  #failing = false;
  #names: Record<string, string> = {};
  #namesAt = Number.NEGATIVE_INFINITY;

  constructor(options: WallboardHubOptions) {
    this.#source = options.source;
    this.#live = options.live;
    this.#pollMs = options.pollMs ?? 1_000;
    this.#maxAgeMs = options.maxAgeMs ?? 60_000;
    this.#onError = options.onError ?? (() => {});
  }

  /** The latest board and live calls (the board is null until first computed). */
  current(): { snapshot: WallboardSnapshot | null; live: LiveBoardView } {
    return { snapshot: this.#snapshot, live: this.#named(this.#live.view()) };
  }

  subscribe(listener: WallboardListener): () => void {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#start();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#stop();
    };
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  /** Whether a version read is scheduled or in flight (false once the last screen has left and it settled). */
  get polling(): boolean {
    return this.#timer !== null || this.#polling !== null;
  }

  #start(): void {
    this.#unsubscribeLive = this.#live.subscribe((live) =>
      this.#emit({ type: "live", live: this.#named(live) }),
    );
    this.#schedule(0);
  }

  #stop(): void {
    this.#unsubscribeLive?.();
    this.#unsubscribeLive = null;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    // With nobody listening the next subscriber must not get a board that may be hours old.
    this.#version = null;
  }

  #schedule(ms: number): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#polling ??= this.#poll().finally(() => {
        this.#polling = null;
        if (this.#listeners.size > 0) this.#schedule(this.#pollMs);
      });
    }, ms);
    this.#timer.unref?.();
  }

  async #poll(): Promise<void> {
    try {
      const version = await this.#source.version();
      const tooOld = Date.now() - this.#snapshotAt >= this.#maxAgeMs;
      if (version !== this.#version || tooOld) {
        if (Date.now() - this.#namesAt >= NAMES_MAX_AGE_MS) {
          this.#names = await this.#source.agentNames();
          this.#namesAt = Date.now();
        }
        const snapshot = await this.#source.snapshot();
        this.#version = version;
        this.#snapshot = snapshot;
        this.#snapshotAt = Date.now();
        this.#emit({ type: "snapshot", snapshot });
      }
      this.#failing = false;
    } catch (error) {
      // One report per failure streak (the database restarting, say), not one a second.
      if (!this.#failing) this.#onError(error);
      this.#failing = true;
    }
  }

  /** The live board with agents named as on the leaderboard (username), where history knows them. */
  #named(live: LiveBoardView): LiveBoardView {
    return {
      ...live,
      calls: live.calls.map((call) => {
        const name = call.agent === null ? undefined : this.#names[call.agent];
        return name === undefined ? call : { ...call, agent: name };
      }),
    };
  }

  #emit(event: WallboardEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        this.#onError(error);
      }
    }
  }
}
