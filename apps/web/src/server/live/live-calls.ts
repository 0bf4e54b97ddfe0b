import {
  LiveCallBoard,
  type LiveCallSignal,
  type LiveFeedStatus,
  type LiveProtocol,
} from "@antdash/antring-core";
import { processSingleton } from "../process-singleton";
import { type LiveBoardView, toLiveCallViews } from "./live-view";

/** How this process's live feed stands, for the sync page: no call data, reasons already redacted. */
export interface LiveFeedState {
  /** "off" when no feed runs in this process. */
  state: LiveFeedStatus["state"] | "off";
  /** The protocol of the connection, else the last one that worked (null: none yet). */
  protocol: LiveProtocol | null;
  /** Why it is not connected, when the feed said (never holds a token or secret). */
  reason: string | null;
}

type BoardListener = (board: LiveBoardView) => void;
type CallEndListener = (signal: LiveCallSignal) => void;

/**
 * This process's board of calls ringing or in progress, fed by the live feed (live-feed.ts) and read by the
 * wallboard's event streams. Kept apart from the connection so readers never load the Socket.IO client.
 */
export class LiveCalls {
  readonly #board: LiveCallBoard;
  readonly #boardListeners = new Set<BoardListener>();
  readonly #endListeners = new Set<CallEndListener>();
  #connected = false;
  #feed: LiveFeedState = { state: "off", protocol: null, reason: null };

  constructor(board = new LiveCallBoard()) {
    this.#board = board;
  }

  apply(signal: LiveCallSignal): void {
    const known = this.#board.get(signal.callId) !== undefined;
    this.#board.apply(signal);
    if (signal.state === "ended") {
      for (const listener of this.#endListeners) listener(signal);
      // An end we never saw begin changes nothing on the board.
      if (!known) return;
    }
    this.#publish();
  }

  status(status: LiveFeedStatus): void {
    this.#feed = {
      state: status.state,
      protocol: status.protocol ?? this.#feed.protocol,
      // "connecting" keeps the last failure's reason, so the page still says why the previous attempt failed.
      reason: status.state === "connected" ? null : (status.reason ?? this.#feed.reason),
    };
    const connected = status.state === "connected";
    if (connected === this.#connected) return;
    this.#connected = connected;
    // A new connection replays what is in progress; calls that ended while we were away would linger until
    // their maximum age, so start over from what the server tells now.
    if (connected) this.#board.clear();
    this.#publish();
  }

  feed(): LiveFeedState {
    return { ...this.#feed };
  }

  view(): LiveBoardView {
    return { connected: this.#connected, calls: toLiveCallViews(this.#board.list()) };
  }

  subscribe(listener: BoardListener): () => void {
    this.#boardListeners.add(listener);
    return () => this.#boardListeners.delete(listener);
  }

  /** Called for every call that ends (e.g. to sync its history record soon). */
  onCallEnded(listener: CallEndListener): () => void {
    this.#endListeners.add(listener);
    return () => this.#endListeners.delete(listener);
  }

  #publish(): void {
    const view = this.view();
    for (const listener of this.#boardListeners) listener(view);
  }
}

/** The process's live board (empty and disconnected when no feed runs in this process). */
export function getLiveCalls(): LiveCalls {
  return processSingleton("live-calls", () => new LiveCalls());
}
