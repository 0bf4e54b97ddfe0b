import { createSmtpMailer, deliveryOwner, runDeliveryRound } from "@antdash/api";
import { renderReportHtml } from "@antdash/dashboard-ui/print";
import { parseArgs } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { openCliDatabase } from "../context";
import type { CliEnv } from "../env";
import { UsageError } from "../usage-error";

export const DELIVER_HELP = `pnpm cli deliver [--once] [--interval S] [--lease-seconds N]
  Evaluates the alert rules, sends their notifications and the scheduled reports that are due (SMTP_URL, MAIL_FROM; CHROMIUM_PATH for the PDF), every --interval
  seconds (default 30) or --once. Any number of these and of the web servers may run: each report goes out once
  per period (the delivery log in the database).`;

export async function deliverCommand(args: string[], env: CliEnv, signal: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { once: { type: "boolean" }, interval: { type: "string" }, "lease-seconds": { type: "string" } },
    strict: true,
  });
  const smtpUrl = env.smtpUrl;
  const from = env.mailFrom;
  if (!smtpUrl || !from) throw new UsageError("SMTP_URL and MAIL_FROM must be set to send reports");
  const interval = Number(values.interval ?? 30);
  const lease = values["lease-seconds"] === undefined ? undefined : Number(values["lease-seconds"]) * 1000;
  if (!(interval > 0) || (lease !== undefined && !(lease > 0)))
    throw new UsageError("--interval and --lease-seconds must be positive");
  const db = await openCliDatabase(env);
  const mailer = createSmtpMailer({ smtpUrl, from });
  const owner = deliveryOwner("cli");
  const log = (line: string) => process.stderr.write(`${line}\n`);
  try {
    do {
      const sent = await runDeliveryRound({
        db,
        mailer,
        owner,
        reportLeaseMs: lease,
        renderHtml: renderReportHtml,
        chromiumPath: env.chromiumPath,
        alertLog: log,
        reportLog: log,
      });
      if (sent > 0) process.stderr.write(`handled ${sent} report deliveries\n`);
      if (values.once) break;
      await sleep(interval * 1000, undefined, { signal }).catch(() => undefined);
    } while (!signal.aborted);
    return 0;
  } finally {
    mailer.close();
    await db.close();
  }
}
