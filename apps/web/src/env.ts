// The only place the web app reads environment variables (lint rule). Server-side only: nothing here reaches the
// browser bundle (no NEXT_PUBLIC_ variables exist). It imports no workspace package, since the proxy loads it on every
// request: defaults that belong to a package (AntRing's URL, the time zone) are applied where that package is used.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));
/** A secret: kept as written, untrimmed; only "" counts as unset. */
const optionalSecret = z
  .string()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  DATA_DIR: optionalText,
  DATABASE_URL: optionalText,
  ANTRING_BASE_URL: optionalText.pipe(z.url().optional()),
  ANTRING_APP_ID: optionalText,
  ANTRING_APP_SECRET: optionalSecret,
  TZ: optionalText,
  ADMIN_EMAIL: optionalText.pipe(z.email().optional()),
  ADMIN_PASSWORD: optionalSecret,
  NEXTAUTH_SECRET: optionalText,
  NEXTAUTH_URL: optionalText.pipe(z.url().optional()),
  SYNC_INTERVAL_SECONDS: z.coerce.number().int().min(5).default(30),
  SYNC_RUNNER: z.enum(["on", "off"], { error: "SYNC_RUNNER must be on or off" }).default("on"),
  SESSION_LIFETIME_HOURS: z.coerce.number().int().min(1).max(8760).default(168),
  SMTP_URL: optionalText.pipe(z.url().optional()),
  MAIL_FROM: optionalText,
  CHROMIUM_PATH: optionalText,
  DEMO_DAYS: optionalText
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .pipe(z.number().int().min(1).max(3650).optional()),
});

export interface ServerEnv {
  port: number;
  /** Absolute; the embedded database and the generated session secret live here. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** baseUrl: ANTRING_BASE_URL when set (server/antring.ts defaults it to AntRing's own). */
  antring: { baseUrl: string | undefined; appId: string; appSecret: string } | null;
  /** TZ when set; unset, the database's default zone (openDatabase). */
  timeZone: string | undefined;
  bootstrapAdmin: { email: string; password: string } | null;
  /** NEXTAUTH_URL when set: the public origin. */
  publicUrl: string | undefined;
  syncIntervalSeconds: number;
  /**
   * Whether this web process runs the scheduled sync. Several instances behind a load balancer may all keep it on
   * (the sync lease lets one run at a time), but operators usually turn it off everywhere except one instance or
   * run `pnpm cli sync --follow` beside them.
   */
  syncRunner: boolean;
  /** How many days the first sync of an empty cache fetches. */
  initialSyncDays: number;
  /** A session ends this long after sign-in whatever the activity (SESSION_LIFETIME_HOURS, default 7 days). */
  sessionLifetimeSeconds: number;
  /** Scheduled reports' mail (SMTP_URL, MAIL_FROM); null: reports wait in the delivery log until it is set. */
  mail: { smtpUrl: string; from: string } | null;
  /** The browser that prints reports' PDFs. */
  chromiumPath: string | undefined;
}

export class InvalidEnvironmentError extends Error {
  override readonly name = "InvalidEnvironmentError";
  constructor(readonly problems: string[]) {
    // Names and reasons only: a value may be a secret.
    super(`invalid environment: ${problems.join("; ")}`);
  }
}

let cached: ServerEnv | undefined;

/** Parsed once per process, on first use (never at module load, so `next build` needs none of it). */
export function serverEnv(): ServerEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

function parseEnv(raw: NodeJS.ProcessEnv): ServerEnv {
  const result = envSchema.safeParse(raw);
  if (!result.success) {
    throw new InvalidEnvironmentError(result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const env = result.data;
  const appId = env.ANTRING_APP_ID;
  const appSecret = env.ANTRING_APP_SECRET;
  return {
    port: env.PORT,
    // A run-time directory, not a file the bundle needs: keeps Turbopack from tracing the whole repository.
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR ?? path.join(repositoryRoot(), ".data")),
    databaseUrl: env.DATABASE_URL,
    antring: appId && appSecret ? { baseUrl: env.ANTRING_BASE_URL, appId, appSecret } : null,
    timeZone: env.TZ,
    bootstrapAdmin:
      env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : null,
    publicUrl: env.NEXTAUTH_URL,
    syncIntervalSeconds: env.SYNC_INTERVAL_SECONDS,
    syncRunner: env.SYNC_RUNNER === "on",
    initialSyncDays: env.DEMO_DAYS ?? 31,
    sessionLifetimeSeconds: env.SESSION_LIFETIME_HOURS * 3600,
    mail: env.SMTP_URL && env.MAIL_FROM ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM } : null,
    chromiumPath: env.CHROMIUM_PATH,
  };
}

const liveFeedSchema = z.object({
  /** The Socket.IO server of live call signals. Default: AntRing's (antring-core DEFAULT_LIVE_URL). `pnpm start`
   *  in demo mode points it at the simulator, which serves live signals on its own origin. */
  ANTRING_LIVE_URL: optionalText.pipe(z.url().optional()),
  /** Sent as account_id when subscribing (AntRing does not document where it comes from). */
  ANTRING_ACCOUNT_ID: optionalText,
  /** The live server's wire protocol, as written: "auto" or one of antring-core's LIVE_PROTOCOLS (checked there). */
  ANTRING_LIVE_PROTOCOL: optionalText,
  /** "off" keeps this process from connecting to the live feed at all. */
  LIVE_CALLS: z.enum(["on", "off"], { error: "LIVE_CALLS must be on or off" }).default("on"),
});

export interface LiveFeedEnv {
  enabled: boolean;
  url: string | undefined;
  accountId: string | undefined;
  protocol: string | undefined;
}

/** The live call feed's settings, read when the server starts it. */
export function liveFeedEnv(): LiveFeedEnv {
  const env = liveFeedSchema.parse(process.env);
  return {
    enabled: env.LIVE_CALLS === "on",
    url: env.ANTRING_LIVE_URL,
    accountId: env.ANTRING_ACCOUNT_ID,
    protocol: env.ANTRING_LIVE_PROTOCOL,
  };
}

/** The session-signing secret: NEXTAUTH_SECRET, else one generated on first start and kept under DATA_DIR. */
export function authSecret(): string {
  cachedSecret ??= optionalText.parse(process.env.NEXTAUTH_SECRET) ?? persistedSecret();
  return cachedSecret;
}

let cachedSecret: string | undefined;

function persistedSecret(): string {
  const file = path.join(serverEnv().dataDir, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    // "wx": if another process created it a moment ago, keep theirs.
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * next-auth 4 builds its URLs from NEXTAUTH_URL, or from the request's Host only when AUTH_TRUST_HOST is set;
 * without either it assumes http://localhost:3000. A self-hosted app reached by any name should use the request's.
 */
export function trustRequestHostWithoutPublicUrl(): void {
  if (!process.env.NEXTAUTH_URL && !process.env.AUTH_TRUST_HOST) process.env.AUTH_TRUST_HOST = "true";
}

/** True while `next build` runs: nothing may open the database or start the sync then. */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

export function isNodeRuntime(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}

export function isDevelopment(): boolean {
  return process.env.NODE_ENV === "development";
}

/** The directory holding pnpm-workspace.yaml above the working directory (or the working directory). */
function repositoryRoot(): string {
  let dir = process.cwd();
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}
