import { readDatabaseEnv } from "../env";
import { InvalidTimeZoneError } from "./errors";

export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";
export const DEFAULT_DATA_DIR = "./.data";

export interface DatabaseConfig {
  /** A PostgreSQL URL: "postgres" mode. Without it: "embedded" mode (PGlite under dataDir). */
  databaseUrl?: string;
  /** Embedded mode's directory (default ./.data, relative to the process cwd). */
  dataDir?: string;
  /** Apply pending migrations when opening (default true). */
  migrate?: boolean;
  /** IANA zone for the local date/hour/weekday columns (default Asia/Ho_Chi_Minh). */
  timeZone?: string;
}

/** DATABASE_URL, DATA_DIR and TZ (default Asia/Ho_Chi_Minh). */
export function databaseConfigFromEnv(): DatabaseConfig {
  const env = readDatabaseEnv();
  return {
    ...(env.databaseUrl === undefined ? {} : { databaseUrl: env.databaseUrl }),
    ...(env.dataDir === undefined ? {} : { dataDir: env.dataDir }),
    timeZone: env.timeZone ?? DEFAULT_TIME_ZONE,
  };
}

export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    throw new InvalidTimeZoneError(timeZone);
  }
}
