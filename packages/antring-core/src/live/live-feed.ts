import { io, type Socket } from "socket.io-client";
import type { AntringClient } from "../client";
import { InvalidArgumentError } from "../errors";
import type { AuthToken } from "../responses";
import { retryDelayMs } from "../retry";
import { mapKazooEvent, socketFrame } from "./kazoo-event";
import type { LiveCallSignal } from "./live-signal";
import { LiveTokenSource } from "./live-token";
import { describeFailure, redactReason, serverMessage } from "./redact";

/** AntRing's live call-signal server (docs). */
export const DEFAULT_LIVE_URL = "https://ws.antbuddy.com:5557";

/**
 * One `subscribe` per binding. CREATE and ANSWER are AntRing's documented examples; DESTROY is Kazoo's
 * (inferred for AntRing). Bridge/hold bindings exist in Kazoo but are left out by default: a server that
 * lacks one answers the subscribe with an error.
 */
export const DEFAULT_LIVE_BINDINGS: readonly string[] = [
  "call.CHANNEL_CREATE.*",
  "call.CHANNEL_ANSWER.*",
  "call.CHANNEL_DESTROY.*",
];

export interface LiveFeedStatus {
  state: "connecting" | "connected" | "disconnected" | "error";
  /** Why, when it is not the obvious; never holds the token or the app secret. */
  reason?: string;
}

export interface LiveCallFeedOptions {
  /** Fetches (and re-fetches) the auth token. Server side only: it holds the app secret. */
  client: AntringClient;
  /** Socket.IO server; default DEFAULT_LIVE_URL. */
  url?: string;
  /** Sent as `account_id` when given (AntRing does not document where it comes from). */
  accountId?: string;
  /** Default DEFAULT_LIVE_BINDINGS. */
  bindings?: readonly string[];
  /** Aborting closes the feed. */
  signal?: AbortSignal;
  /** Every tracked call event, in arrival order (after a reconnect, events may repeat). Must not throw. */
  onSignal(signal: LiveCallSignal): void;
  onStatus?(status: LiveFeedStatus): void;
  /** Wait between attempts: full jitter, doubling from baseDelayMs up to maxDelayMs. Default 500 ms, 30 s. */
  reconnect?: { baseDelayMs?: number; maxDelayMs?: number };
  /** Per connection attempt; default 20 s. */
  connectTimeoutMs?: number;
}

export interface LiveCallFeed {
  close(): void;
  readonly connected: boolean;
}

/** A connection that lasted this long was healthy: the next failure starts the backoff over. */
const HEALTHY_CONNECTION_MS = 30_000;

/**
 * Connects to the live call signals and keeps connected: each (re)connection gets a valid token (cached until
 * it nears expiry, fetched again when refused or when the server hangs up), subscribes every binding, and
 * reconnects with backoff after any failure, until close() or the abort signal.
 */
export function connectLiveCalls(options: LiveCallFeedOptions): LiveCallFeed {
  return new LiveFeed(options);
}

class LiveFeed implements LiveCallFeed {
  readonly #options: LiveCallFeedOptions;
  readonly #url: string;
  readonly #bindings: readonly string[];
  readonly #backoff: { retries: number; baseDelayMs: number; maxDelayMs: number };
  readonly #tokens: LiveTokenSource;
  readonly #stop = new AbortController();
  #socket: Socket | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;
  #connected = false;
  #closed = false;

  constructor(options: LiveCallFeedOptions) {
    this.#options = options;
    this.#url = options.url ?? DEFAULT_LIVE_URL;
    if (!/^(http|ws)s?:\/\/[^/]/.test(this.#url)) throw new InvalidArgumentError("url must be an http(s) or ws(s) URL");
    this.#bindings = options.bindings ?? DEFAULT_LIVE_BINDINGS;
    if (this.#bindings.length === 0) throw new InvalidArgumentError("bindings is empty");
    const baseDelayMs = options.reconnect?.baseDelayMs ?? 500;
    const maxDelayMs = options.reconnect?.maxDelayMs ?? 30_000;
    if (!(baseDelayMs >= 0 && maxDelayMs >= baseDelayMs)) throw new InvalidArgumentError("reconnect delays must satisfy 0 <= base <= max");
    this.#backoff = { retries: Number.POSITIVE_INFINITY, baseDelayMs, maxDelayMs };
    this.#tokens = new LiveTokenSource(options.client);

    const { signal } = options;
    if (signal?.aborted) {
      this.#closed = true;
      return;
    }
    signal?.addEventListener("abort", () => this.close(), { once: true });
    void this.#open();
  }

  get connected(): boolean {
    return this.#connected;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#retryTimer);
    this.#stop.abort();
    const socket = this.#socket;
    this.#socket = undefined;
    if (socket !== undefined) {
      socket.removeAllListeners();
      socket.offAny();
      socket.disconnect();
    }
    this.#connected = false;
    this.#status({ state: "disconnected", reason: "closed" });
  }

  async #open(): Promise<void> {
    this.#status({ state: "connecting" });
    let token: AuthToken;
    try {
      token = await this.#tokens.get(this.#stop.signal);
    } catch (error) {
      if (this.#closed) return;
      this.#status({ state: "error", reason: `auth token: ${describeFailure(error, [])}` });
      this.#retryLater();
      return;
    }
    if (this.#closed) return;

    const secrets = [token.value];
    const socket = io(this.#url, {
      forceNew: true,
      reconnection: false, // reconnecting here instead, so each attempt can fetch a new token
      autoConnect: false,
      timeout: this.#options.connectTimeoutMs ?? 20_000,
    });
    this.#socket = socket;
    let connectedAt: number | undefined;
    let refused = false;

    const finish = (status: LiveFeedStatus): void => {
      if (this.#socket !== socket) return;
      this.#socket = undefined;
      this.#connected = false;
      socket.removeAllListeners();
      socket.offAny();
      if (!refused && connectedAt !== undefined && Date.now() - connectedAt >= HEALTHY_CONNECTION_MS) this.#failures = 0;
      this.#status(status);
      this.#retryLater();
    };

    socket.on("connect", () => {
      connectedAt = Date.now();
      for (const binding of this.#bindings) socket.emit("subscribe", this.#subscription(token, binding));
      this.#connected = true;
      this.#status({ state: "connected" });
    });
    // Servers answer a bad subscription with an `error` event (Kazoo: "failed to authenticate token").
    socket.on("error", (payload: unknown) => {
      const message = redactReason(serverMessage(payload), secrets);
      if (!/auth|token|expired|unauthori[sz]ed|forbidden/i.test(message)) {
        this.#status({ state: "error", reason: `server: ${message}` });
        return;
      }
      refused = true;
      this.#tokens.invalidate(token);
      this.#status({ state: "error", reason: `subscription refused: ${message}` });
      socket.disconnect();
    });
    socket.on("connect_error", (error: Error) => {
      finish({ state: "error", reason: `connect failed: ${describeFailure(error, secrets)}` });
    });
    socket.on("disconnect", (reason: string) => {
      // The server hanging up may mean the token went stale: fetch a new one for the next attempt.
      if (reason === "io server disconnect") this.#tokens.invalidate(token);
      finish({ state: "disconnected", reason: refused ? "token refused" : reason });
    });
    socket.onAny((name: string, ...payload: unknown[]) => {
      const signal = mapKazooEvent(socketFrame(name, payload), new Date());
      if (signal === null) return;
      this.#failures = 0;
      try {
        this.#options.onSignal(signal);
      } catch (error) {
        this.#status({ state: "error", reason: `onSignal failed: ${describeFailure(error, secrets)}` });
      }
    });
    socket.connect();
  }

  #subscription(token: AuthToken, binding: string): Record<string, string> {
    const { accountId } = this.#options;
    return accountId === undefined
      ? { auth_token: token.value, binding }
      : { account_id: accountId, auth_token: token.value, binding };
  }

  #retryLater(): void {
    if (this.#closed) return;
    this.#failures++;
    const delay = retryDelayMs(this.#failures, this.#backoff);
    this.#retryTimer = setTimeout(() => void this.#open(), delay);
  }

  #status(status: LiveFeedStatus): void {
    try {
      this.#options.onStatus?.(status);
    } catch {
      // A status listener's failure must not stop the feed.
    }
  }
}
