import { type AntringClient, parseLiveProtocolSetting } from "@antdash/antring-core";
import { type Database, SyncLockBusyError } from "@antdash/db";
import { syncRecent } from "@antdash/sync";
import { liveFeedEnv } from "../../env";
import { logEvent } from "../log";
import { getLiveCalls } from "./live-calls";
import { startLiveFeed } from "./live-feed";
import { createSyncAfterCall } from "./sync-after-call";

export interface StartLiveCallsOptions {
  db: Database;
  client: AntringClient;
  /** Whether this process runs the sync (then it also syncs right after a call ends). */
  syncsCalls: boolean;
  initialDays: number;
}

/**
 * Called once at server start (start-services.ts) when AntRing credentials are set: connects to the live call
 * signals (ANTRING_LIVE_URL, else AntRing's own server) for the wallboard, and in the process that runs the sync,
 * syncs recent history a moment after each call ends so the KPIs include it within seconds.
 */
export function startLiveCalls(options: StartLiveCallsOptions): void {
  const env = liveFeedEnv();
  if (!env.enabled) {
    logEvent("info", "live_calls.off", { message: "live calls: off (LIVE_CALLS=off)" });
    return;
  }
  startLiveFeed({
    client: options.client,
    url: env.url,
    accountId: env.accountId,
    protocol: parseLiveProtocolSetting(env.protocol),
  });
  if (!options.syncsCalls) return;
  const { db, client, initialDays } = options;
  const trigger = createSyncAfterCall({
    sync: () => syncRecent({ db, client, initialDays }),
    onError: (error) => {
      // Busy: a pass is under way (scheduled or not); the next attempt follows it.
      if (error instanceof SyncLockBusyError) return;
      logEvent("warn", "sync.after_call_failed", { error });
    },
  });
  getLiveCalls().onCallEnded(() => trigger.callEnded());
}
