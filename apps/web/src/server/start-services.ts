import { ensureBootstrapAdmin } from "@antdash/api";
import { serverEnv, trustRequestHostWithoutPublicUrl } from "../env";
import { antringBaseUrl, getAntringClient } from "./antring";
import { getDatabase } from "./database";
import { logEvent } from "./log";
import { startLiveCalls } from "./live/start-live-calls";
import { startReportSender } from "./reports/start-report-sender";
import { createSyncRunner, getSyncRunner } from "./sync/sync-runner";

/**
 * Called once when the Next server starts (instrumentation.ts): opens the database (in embedded mode this process
 * becomes its owner), creates the first admin if needed, and starts the sync.
 */
export async function startServerServices(): Promise<void> {
  trustRequestHostWithoutPublicUrl();
  const env = serverEnv();
  const db = await getDatabase();
  logEvent("info", "server.database", {
    mode: db.mode,
    ...(db.mode === "embedded" ? { dataDir: env.dataDir } : {}),
  });
  if (env.bootstrapAdmin) {
    const { created } = await ensureBootstrapAdmin(db, env.bootstrapAdmin);
    if (created) logEvent("info", "server.first_admin_created", { email: env.bootstrapAdmin.email });
  } else if ((await db.prisma.user.count({ where: { role: "admin", disabledAt: null } })) === 0) {
    logEvent("warn", "server.no_admin", {
      message: "no admin yet: set ADMIN_EMAIL and ADMIN_PASSWORD, or run `pnpm cli user add`",
    });
  }
  if (env.antring && !env.syncRunner) {
    logEvent("info", "sync.elsewhere", {
      message:
        "off in this process (SYNC_RUNNER=off); another instance or `pnpm cli sync --follow` keeps the cache current",
    });
  } else if (env.antring) {
    const runner = createSyncRunner({
      db,
      client: getAntringClient(),
      intervalMs: env.syncIntervalSeconds * 1000,
      initialDays: env.initialSyncDays,
    });
    runner.startIncremental();
    logEvent("info", "sync.on", {
      intervalSeconds: env.syncIntervalSeconds,
      from: new URL(antringBaseUrl()).origin,
    });
  } else {
    logEvent("warn", "sync.off", {
      message: "ANTRING_APP_ID / ANTRING_APP_SECRET not set; showing what is already cached",
    });
  }
  if (env.antring) {
    const client = getAntringClient();
    startLiveCalls({ db, client, syncsCalls: env.syncRunner, initialDays: env.initialSyncDays });
  }
  startReportSender(db);
  stopCleanlyOnSignals();
}

let stopping = false;

/** Stops the sync and closes the database (flushing the embedded one) before the process exits. */
function stopCleanlyOnSignals(): void {
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const timeout = setTimeout(() => process.exit(1), 10_000);
    timeout.unref();
    void (async () => {
      try {
        await getSyncRunner()?.stop();
        await (await getDatabase()).close();
      } catch (error) {
        logEvent("error", "server.shutdown_failed", { error });
      }
      process.exit(signal === "SIGINT" ? 130 : 143);
    })();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
