import { createSmtpMailer, deliveryOwner, runDeliveryRound } from "@antdash/api";
import type { Database } from "@antdash/db";
import { renderReportHtml } from "./render-report-html";
import { authSecret, serverEnv } from "../../env";
import { logEvent } from "../log";
import { existingSingleton, processSingleton } from "../process-singleton";

const WAKER = "reports.delivery-waker";

/** Wakes this process's delivery loop ("send now"): the mail leaves at once instead of at the next tick. */
export function deliveryWaker(): { wake(): void } | undefined {
  return existingSingleton<{ wake(): void }>(WAKER);
}

/** How often this instance evaluates alert rules and looks for due reports and notifications. Every instance may run it: the delivery log sends each once. */
const TICK_MS = 30_000;

/**
 * Sends scheduled reports from this web process: enqueues every report whose period fell due, then sends what is
 * due in the delivery log. Several instances (and `pnpm cli deliver`) may run this together.
 */
export function startReportSender(db: Database): () => void {
  const env = serverEnv();
  const mailer = env.mail ? createSmtpMailer(env.mail) : null;
  const owner = deliveryOwner("web");
  let running = false;
  // A wake during a tick runs one more tick after it, so a just-queued "send now" is not left for the next interval.
  let again = false;
  // The senders say only what went wrong with one delivery (it is retried with backoff).
  const alertLog = (line: string) => logEvent("warn", "alerts.delivery", { message: line });
  const reportLog = (line: string) => logEvent("warn", "reports.delivery", { message: line });
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDeliveryRound({
        db,
        mailer,
        owner,
        renderHtml: renderReportHtml,
        chromiumPath: env.chromiumPath,
        publicUrl: env.publicUrl,
        linkSigner: env.publicUrl ? { publicUrl: env.publicUrl, secret: authSecret() } : null,
        alertLog,
        reportLog,
      });
    } catch (error) {
      logEvent("error", "reports.tick_failed", { error });
    } finally {
      running = false;
      if (again) {
        again = false;
        void tick();
      }
    }
  };
  processSingleton(WAKER, () => ({
    wake: () => {
      if (running) again = true;
      else void tick();
    },
  }));
  const timer = setInterval(() => void tick(), TICK_MS);
  timer.unref();
  void tick();
  if (!mailer) {
    logEvent("warn", "reports.mail_off", {
      message: "SMTP_URL / MAIL_FROM not set; scheduled reports wait in the delivery log",
    });
  }
  return () => {
    clearInterval(timer);
    mailer?.close();
  };
}
