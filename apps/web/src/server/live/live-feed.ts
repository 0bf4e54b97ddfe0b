import {
  type AntringClient,
  connectLiveCalls,
  type LiveCallFeed,
  type LiveProtocolSetting,
} from "@antdash/antring-core";
import { logEvent } from "../log";
import { processSingleton } from "../process-singleton";
import { getLiveCalls } from "./live-calls";

export interface LiveFeedOptions {
  client: AntringClient;
  /** Socket.IO server of live signals; antring-core's default (AntRing's) when undefined. */
  url: string | undefined;
  accountId: string | undefined;
  /** ANTRING_LIVE_PROTOCOL: "auto" tries each protocol and keeps the one that works. */
  protocol: LiveProtocolSetting;
}

/**
 * Connects this process to the live call signals and feeds its board (getLiveCalls). The feed reconnects by
 * itself after network or server restarts. One per process; later calls return the first.
 */
export function startLiveFeed(options: LiveFeedOptions): LiveCallFeed {
  return processSingleton("live-feed", () => {
    const calls = getLiveCalls();
    let lastState: string | null = null;
    return connectLiveCalls({
      client: options.client,
      ...(options.url !== undefined && { url: options.url }),
      ...(options.accountId !== undefined && { accountId: options.accountId }),
      protocol: options.protocol,
      onSignal: (signal) => calls.apply(signal),
      onStatus: (status) => {
        calls.status(status);
        // Reasons come redacted from antring-core (no token, no secret). One line per change of state.
        if (status.state !== lastState) {
          const healthy = status.state === "connected" || status.state === "connecting";
          logEvent(healthy ? "info" : "warn", "live_calls.status", {
            state: status.state,
            ...(status.protocol && { protocol: status.protocol }),
            ...(status.reason && { reason: status.reason }),
          });
        }
        lastState = status.state;
      },
    });
  });
}
