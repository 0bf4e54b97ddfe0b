import { InvalidArgumentError } from "../errors";
import { openKazooWs } from "./kazoo-ws-connection";
import type { LiveConnection, LiveConnectionEvents, OpenLiveConnection } from "./live-connection";
import type { LiveProtocol } from "./live-protocol";
import { openSio09 } from "./sio09-connection";
import { openSio2 } from "./sio2-connection";
import { openSio4 } from "./sio4-connection";

const OPENERS: Readonly<Record<LiveProtocol, OpenLiveConnection>> = {
  sio4: openSio4,
  sio2: openSio2,
  sio09: openSio09,
  "kazoo-ws": openKazooWs,
};

/** Why one protocol did not connect. */
export interface ProtocolAttempt {
  protocol: LiveProtocol;
  reason: string;
}

/** No protocol connected; `attempts` says why for each, in order. */
export class LiveConnectError extends Error {
  constructor(readonly attempts: readonly ProtocolAttempt[]) {
    super(attempts.map((a) => `${a.protocol}: ${a.reason}`).join("; "));
    this.name = "LiveConnectError";
  }
}

/** An open connection; its events after `open` are held until `listen` is called. */
export interface OpenedLive {
  protocol: LiveProtocol;
  /** The protocols tried before this one, and why they failed. */
  attempts: ProtocolAttempt[];
  connection: LiveConnection;
  listen(events: Omit<LiveConnectionEvents, "open">): void;
}

/**
 * Opens the first of `protocols` that completes its handshake, trying them in order. Rejects with a
 * LiveConnectError naming each failure (the one under way when the signal aborts is "cut short").
 */
export async function connectFirst(
  url: string,
  protocols: readonly LiveProtocol[],
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<OpenedLive> {
  if (!/^(http|ws)s?:\/\/[^/]/.test(url))
    throw new InvalidArgumentError("url must be an http(s) or ws(s) URL");
  const attempts: ProtocolAttempt[] = [];
  for (const protocol of protocols) {
    if (options.signal?.aborted) break;
    try {
      return { ...(await openOne(protocol, url, options)), attempts };
    } catch (error) {
      // Cut short by the signal (a closed feed, a spent probe budget): say so, and try nothing more.
      const reason = options.signal?.aborted
        ? "cut short"
        : error instanceof Error
          ? error.message
          : String(error);
      attempts.push({ protocol, reason });
    }
  }
  throw new LiveConnectError(attempts);
}

/** Slack over the library's own connect timeout before the attempt is cut here. */
const GUARD_MS = 1_000;

function openOne(
  protocol: LiveProtocol,
  url: string,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<Omit<OpenedLive, "attempts">> {
  return new Promise((resolve, reject) => {
    let listener: Omit<LiveConnectionEvents, "open"> | undefined;
    const held: ((events: Omit<LiveConnectionEvents, "open">) => void)[] = [];
    const deliver = (call: (events: Omit<LiveConnectionEvents, "open">) => void): void => {
      if (listener === undefined) held.push(call);
      else call(listener);
    };
    let opened = false;
    const settle = (): void => {
      clearTimeout(guard);
      options.signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = (): void => {
      settle();
      connection.close();
      reject(options.signal?.reason as Error);
    };
    const guard = setTimeout(() => {
      settle();
      connection.close();
      reject(new Error("timeout"));
    }, options.timeoutMs + GUARD_MS);
    const connection = OPENERS[protocol](
      url,
      {
        open: () => {
          opened = true;
          settle();
          resolve({
            protocol,
            connection,
            listen: (events) => {
              listener = events;
              for (const call of held.splice(0)) call(events);
            },
          });
        },
        event: (name, payload) => deliver((events) => events.event(name, payload)),
        close: (reason, byServer) => {
          if (opened) {
            deliver((events) => events.close(reason, byServer));
            return;
          }
          settle();
          reject(new Error(reason));
        },
      },
      { timeoutMs: options.timeoutMs },
    );
    options.signal?.addEventListener("abort", onAbort, { once: true });
  });
}
