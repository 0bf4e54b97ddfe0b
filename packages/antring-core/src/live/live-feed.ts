import type { AntringClient } from "../client";
import { InvalidArgumentError } from "../errors";
import type { AuthToken } from "../responses";
import { retryDelayMs } from "../retry";
import { connectFirst } from "./connect-first";
import { mapKazooEvent, socketFrame } from "./kazoo-event";
import { verdictOfAnswer, verdictOfEvent } from "./live-answers";
import type { LiveConnection } from "./live-connection";
import {
  candidateProtocols,
  isLiveProtocol,
  type LiveProtocol,
  type LiveProtocolSetting,
} from "./live-protocol";
import type { LiveCallSignal } from "./live-signal";
import { LiveTokenSource } from "./live-token";
import { describeFailure, redactReason } from "./redact";

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
  /** On "connected": the wire protocol in use. */
  protocol?: LiveProtocol;
}

export interface LiveCallFeedOptions {
  /** Fetches (and re-fetches) the auth token. Server side only: it holds the app secret. */
  client: AntringClient;
  /** The signal server; default DEFAULT_LIVE_URL. */
  url?: string;
  /** Which protocol the server speaks; default "auto": try each (LIVE_PROTOCOLS order), keep the first that works. */
  protocol?: LiveProtocolSetting;
  /** Sent as `account_id` on every subscribe when the auth token answer carries none (ANTRING_ACCOUNT_ID). */
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
  /** Per connection attempt (per protocol when detecting); default 20 s. */
  connectTimeoutMs?: number;
}

export interface LiveCallFeed {
  close(): void;
  readonly connected: boolean;
  /** The protocol of the current connection, else the last one that worked; undefined before any. */
  readonly protocol: LiveProtocol | undefined;
}

/** A connection that lasted this long was healthy: the next failure starts the backoff over. */
const HEALTHY_CONNECTION_MS = 30_000;
/**
 * A server that hangs up this soon after the subscribes, before answering or sending anything, is taken to
 * refuse the token silently (one of Kazoo's ways): the next attempt fetches a new one.
 */
const SILENT_REFUSAL_MS = 3_000;

/**
 * Connects to the live call signals and keeps connected: each (re)connection gets a valid token (cached until
 * it nears expiry, fetched again when refused in any of Kazoo's ways), finds the protocol the server speaks
 * (then sticks to it), subscribes every binding, and reconnects with backoff after any failure, until close()
 * or the abort signal.
 */
export function connectLiveCalls(options: LiveCallFeedOptions): LiveCallFeed {
  return new LiveFeed(options);
}

class LiveFeed implements LiveCallFeed {
  readonly #options: LiveCallFeedOptions;
  readonly #url: string;
  readonly #setting: LiveProtocolSetting;
  readonly #bindings: readonly string[];
  readonly #backoff: { retries: number; baseDelayMs: number; maxDelayMs: number };
  readonly #tokens: LiveTokenSource;
  readonly #stop = new AbortController();
  #connection: LiveConnection | undefined;
  /** The protocol that worked last; tried alone until it fails to connect. */
  #protocol: LiveProtocol | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;
  #connected = false;
  #closed = false;

  constructor(options: LiveCallFeedOptions) {
    this.#options = options;
    this.#url = options.url ?? DEFAULT_LIVE_URL;
    if (!/^(http|ws)s?:\/\/[^/]/.test(this.#url))
      throw new InvalidArgumentError("url must be an http(s) or ws(s) URL");
    this.#setting = options.protocol ?? "auto";
    if (this.#setting !== "auto" && !isLiveProtocol(this.#setting))
      throw new InvalidArgumentError("protocol must be auto or one of LIVE_PROTOCOLS");
    this.#bindings = options.bindings ?? DEFAULT_LIVE_BINDINGS;
    if (this.#bindings.length === 0) throw new InvalidArgumentError("bindings is empty");
    const baseDelayMs = options.reconnect?.baseDelayMs ?? 500;
    const maxDelayMs = options.reconnect?.maxDelayMs ?? 30_000;
    if (!(baseDelayMs >= 0 && maxDelayMs >= baseDelayMs))
      throw new InvalidArgumentError("reconnect delays must satisfy 0 <= base <= max");
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

  get protocol(): LiveProtocol | undefined {
    return this.#protocol;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#retryTimer);
    this.#stop.abort();
    this.#connection?.close();
    this.#connection = undefined;
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
    const protocols = this.#protocol === undefined ? candidateProtocols(this.#setting) : [this.#protocol];
    let opened;
    try {
      opened = await connectFirst(this.#url, protocols, {
        timeoutMs: this.#options.connectTimeoutMs ?? 20_000,
        signal: this.#stop.signal,
      });
    } catch (error) {
      if (this.#closed) return;
      // The remembered protocol no longer connects: the server may have changed; detect again next time.
      this.#protocol = undefined;
      this.#status({
        state: "error",
        reason: `connect failed: ${describeFailure(error, secrets).replace(/^LiveConnectError: /, "")}`,
      });
      this.#retryLater();
      return;
    }
    if (this.#closed) {
      opened.connection.close();
      return;
    }
    const { connection, protocol } = opened;
    this.#protocol = protocol;
    this.#connection = connection;
    const connectedAt = Date.now();
    let heard = false;
    let refused = false;

    const finish = (status: LiveFeedStatus): void => {
      if (this.#connection !== connection) return;
      this.#connection = undefined;
      this.#connected = false;
      connection.close();
      if (!refused && Date.now() - connectedAt >= HEALTHY_CONNECTION_MS) this.#failures = 0;
      this.#status(status);
      this.#retryLater();
    };
    const refuse = (message: string): void => {
      if (refused) return;
      refused = true;
      this.#tokens.invalidate(token);
      this.#status({ state: "error", reason: `subscription refused: ${redactReason(message, secrets)}` });
      finish({ state: "disconnected", reason: "token refused" });
    };
    const judge = (verdict: ReturnType<typeof verdictOfEvent>): boolean => {
      if (verdict === null) return false;
      heard = true;
      if (verdict.kind === "refused") refuse(verdict.message);
      else if (verdict.kind === "error")
        this.#status({ state: "error", reason: `server: ${redactReason(verdict.message, secrets)}` });
      return true;
    };

    opened.listen({
      event: (name, payload) => {
        if (judge(verdictOfEvent(name, payload))) return;
        const signal = mapKazooEvent(socketFrame(name, [payload]), new Date());
        if (signal === null) return;
        heard = true;
        this.#failures = 0;
        try {
          this.#options.onSignal(signal);
        } catch (error) {
          this.#status({ state: "error", reason: `onSignal failed: ${describeFailure(error, secrets)}` });
        }
      },
      close: (reason, byServer) => {
        if (!heard && Date.now() - connectedAt < SILENT_REFUSAL_MS) {
          refuse(`the server closed the connection right after subscribe (${redactReason(reason, secrets)})`);
          return;
        }
        // The server hanging up may mean the token went stale: fetch a new one for the next attempt.
        if (byServer) this.#tokens.invalidate(token);
        finish({ state: "disconnected", reason: redactReason(reason, secrets) });
      },
    });
    const accountId = token.accountId ?? this.#options.accountId;
    for (const binding of this.#bindings) {
      const subscription =
        accountId === undefined
          ? { auth_token: token.value, binding }
          : { auth_token: token.value, account_id: accountId, binding };
      connection.subscribe(subscription, (answer) => judge(verdictOfAnswer(answer)));
    }
    if (this.#connection !== connection) return;
    this.#connected = true;
    this.#status({ state: "connected", protocol });
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
