import {
  createSmtpMailer,
  enqueueDueReports,
  evaluateAlerts,
  sendDueAlerts,
  sendDueReports,
} from "@antdash/api";
import type { Database } from "@antdash/db";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { authSecret, serverEnv } from "../../env";

/** How often this instance evaluates alert rules and looks for due reports and notifications. Every instance may run it: the delivery log sends each once. */
const TICK_MS = 30_000;

/**
 * Sends scheduled reports from this web process: enqueues every report whose period fell due, then sends what is
 * due in the delivery log. Several instances (and `pnpm cli deliver`) may run this together.
 */
export function startReportSender(db: Database, log: (line: string) => void): () => void {
  const env = serverEnv();
  const mailer = env.mail ? createSmtpMailer(env.mail) : null;
  const owner = `web:${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      // Alert rules read the cache as the sync leaves it; their transitions are recorded once across instances.
      await evaluateAlerts(db, new Date());
      await sendDueAlerts({ db, mailer, owner, ...(env.publicUrl && { publicUrl: env.publicUrl }), log });
      await enqueueDueReports(db, new Date());
      await sendDueReports({
        db,
        mailer,
        owner,
        chromiumPath: env.chromiumPath,
        linkSigner: env.publicUrl ? { publicUrl: env.publicUrl, secret: authSecret() } : null,
        log,
      });
    } catch (error) {
      log(`reports: ${error instanceof Error ? error.message : "unknown error"}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), TICK_MS);
  timer.unref();
  void tick();
  if (!mailer) log("reports: SMTP_URL / MAIL_FROM not set; scheduled reports wait in the delivery log");
  return () => {
    clearInterval(timer);
    mailer?.close();
  };
}
