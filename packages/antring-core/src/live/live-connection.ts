import type { LiveProtocol } from "./live-protocol";

/** One `subscribe` request, in the terms every protocol shares. */
export interface LiveSubscription {
  auth_token: string;
  /** Sent whenever known (the token answer's, else ANTRING_ACCOUNT_ID). */
  account_id?: string;
  binding: string;
}

/** What a connection reports. After the owner calls close(), nothing more. */
export interface LiveConnectionEvents {
  /** The protocol handshake is done: the connection can subscribe. */
  open(): void;
  /**
   * A message from the server under its event name with its first payload: call events, and `error`,
   * `auth_failure`, `reply` (a subscribe answer) as each protocol carries them.
   */
  event(name: string, payload: unknown): void;
  /** The connection ended (once): before `open` it is a failure to connect. `byServer`: the server hung up. */
  close(reason: string, byServer: boolean): void;
}

export interface LiveConnection {
  readonly protocol: LiveProtocol;
  /** `onAnswer` runs if the server answers this subscribe (an acknowledgement or a reply), whatever it says. */
  subscribe(subscription: LiveSubscription, onAnswer?: (answer: unknown) => void): void;
  close(): void;
}

export interface OpenOptions {
  /** Give up connecting after this long (a close with reason "timeout"). */
  timeoutMs: number;
}

export type OpenLiveConnection = (
  url: string,
  events: LiveConnectionEvents,
  options: OpenOptions,
) => LiveConnection;

/**
 * Wraps `events` so that it reports at most one close and nothing after the owner closes, whatever order the
 * underlying library fires its callbacks in. Returns the guarded events and a `stop` the owner calls on close().
 */
export function guardEvents(events: LiveConnectionEvents): {
  events: LiveConnectionEvents;
  stop: () => void;
} {
  let done = false;
  return {
    events: {
      open: () => {
        if (!done) events.open();
      },
      event: (name, payload) => {
        if (!done) events.event(name, payload);
      },
      close: (reason, byServer) => {
        if (done) return;
        done = true;
        events.close(reason, byServer);
      },
    },
    stop: () => {
      done = true;
    },
  };
}
