import { createParser, type EventSourceMessage } from "eventsource-parser";
import superjson from "superjson";
import type { LiveBoardView, WallboardSnapshot } from "./wallboard-types";

export type StreamConnection = "connecting" | "open" | "reconnecting";

export interface WallboardStreamHandlers {
  snapshot(snapshot: WallboardSnapshot): void;
  live(live: LiveBoardView): void;
  /** The server's clock, to judge staleness by it rather than by the screen's own. */
  ping(serverNow: Date): void;
  connection(state: StreamConnection): void;
  /** The display token is unknown or was revoked: the stream stops for good. */
  refused(): void;
}

export interface WallboardStreamOptions {
  fetch?: typeof fetch;
  /** Waits before reconnecting, by attempt; the last one repeats. */
  backoffMs?: readonly number[];
  /** Without any byte for this long (the server pings every 15 s) the connection counts as dead. */
  silenceMs?: number;
}

const DEFAULT_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 15_000];
const DEFAULT_SILENCE_MS = 45_000;

/**
 * Reads the wallboard's server-sent events with fetch (unlike EventSource, it sees a 401 and can tell a refused
 * token from a server that is down), and reconnects by itself after network failures or server restarts.
 */
export function connectWallboardStream(
  url: string,
  handlers: WallboardStreamHandlers,
  options: WallboardStreamOptions = {},
): { close(): void } {
  const fetchImpl = options.fetch ?? fetch;
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const silenceMs = options.silenceMs ?? DEFAULT_SILENCE_MS;
  const stop = new AbortController();
  let refused = false;

  const refuse = () => {
    if (refused) return;
    refused = true;
    handlers.refused();
    stop.abort();
  };

  const dispatch = (message: EventSourceMessage) => {
    switch (message.event) {
      case "snapshot":
        return handlers.snapshot(superjson.parse<WallboardSnapshot>(message.data));
      case "live":
        return handlers.live(superjson.parse<LiveBoardView>(message.data));
      case "ping":
        return handlers.ping(superjson.parse<{ now: Date }>(message.data).now);
      case "revoked":
        return refuse();
    }
  };

  /** One connection, until it ends or goes silent. Resolves true when it got as far as an open stream. */
  const connectOnce = async (): Promise<boolean> => {
    const attempt = new AbortController();
    const abortAttempt = () => attempt.abort();
    stop.signal.addEventListener("abort", abortAttempt);
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const heard = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(abortAttempt, silenceMs);
    };
    try {
      heard();
      const response = await fetchImpl(url, {
        headers: { accept: "text/event-stream" },
        cache: "no-store",
        signal: attempt.signal,
      });
      if (response.status === 401 || response.status === 403 || response.status === 404) {
        refuse();
        return false;
      }
      if (!response.ok || !response.body) return false;
      handlers.connection("open");
      const parser = createParser({ onEvent: dispatch });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done || refused) break;
        heard();
        parser.feed(value);
      }
      return true;
    } catch {
      // Network failure, server restart, silence: reconnect.
      return false;
    } finally {
      clearTimeout(watchdog);
      stop.signal.removeEventListener("abort", abortAttempt);
    }
  };

  void (async () => {
    handlers.connection("connecting");
    let failures = 0;
    while (!stop.signal.aborted) {
      const opened = await connectOnce();
      if (stop.signal.aborted) return;
      failures = opened ? 0 : failures + 1;
      handlers.connection("reconnecting");
      const wait = backoff[Math.min(failures, backoff.length - 1)] ?? 1_000;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        stop.signal.addEventListener("abort", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  })();

  return { close: () => stop.abort() };
}
