/** Everything the CLI reads from the environment, in one place. */
import { DEFAULT_BASE_URL } from "@antdash/antring-core";
import { DEFAULT_TIME_ZONE } from "@antdash/db";

export interface CliEnv {
  antringBaseUrl: string;
  antringAppId: string | undefined;
  antringAppSecret: string | undefined;
  /** The live call-signal server; unset: AntRing's (antring-core DEFAULT_LIVE_URL). */
  antringLiveUrl: string | undefined;
  /** Sent as account_id on live subscribes when the auth token answer carries none. */
  antringAccountId: string | undefined;
  /** ANTRING_LIVE_PROTOCOL as written (auto | sio4 | sio2 | sio09 | kazoo-ws); checked where it is used. */
  antringLiveProtocol: string | undefined;
  timeZone: string;
  /** Scheduled reports' mail server and sender (`pnpm cli deliver`). */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** The browser that prints report PDFs (undefined: /usr/bin/chromium). */
  chromiumPath: string | undefined;
}

export function readCliEnv(env: NodeJS.ProcessEnv = process.env): CliEnv {
  return {
    antringBaseUrl: env.ANTRING_BASE_URL?.trim() || DEFAULT_BASE_URL,
    antringAppId: env.ANTRING_APP_ID?.trim() || undefined,
    antringAppSecret: env.ANTRING_APP_SECRET || undefined,
    antringLiveUrl: env.ANTRING_LIVE_URL?.trim() || undefined,
    antringAccountId: env.ANTRING_ACCOUNT_ID?.trim() || undefined,
    antringLiveProtocol: env.ANTRING_LIVE_PROTOCOL?.trim() || undefined,
    timeZone: env.TZ?.trim() || DEFAULT_TIME_ZONE,
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    mailFrom: env.MAIL_FROM?.trim() || undefined,
    chromiumPath: env.CHROMIUM_PATH?.trim() || undefined,
  };
}
