/** Everything the CLI reads from the environment, in one place. */
export const DEFAULT_ANTRING_BASE_URL = "https://openapi.antbuddy.com";
export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

export interface CliEnv {
  antringBaseUrl: string;
  antringAppId: string | undefined;
  antringAppSecret: string | undefined;
  timeZone: string;
  /** Scheduled reports' mail server and sender (`pnpm cli deliver`). */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** The browser that prints report PDFs (undefined: /usr/bin/chromium). */
  chromiumPath: string | undefined;
}

export function readCliEnv(env: NodeJS.ProcessEnv = process.env): CliEnv {
  return {
    antringBaseUrl: env.ANTRING_BASE_URL?.trim() || DEFAULT_ANTRING_BASE_URL,
    antringAppId: env.ANTRING_APP_ID?.trim() || undefined,
    antringAppSecret: env.ANTRING_APP_SECRET || undefined,
    timeZone: env.TZ?.trim() || DEFAULT_TIME_ZONE,
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    mailFrom: env.MAIL_FROM?.trim() || undefined,
    chromiumPath: env.CHROMIUM_PATH?.trim() || undefined,
  };
}
