// The only place this package reads environment variables (lint rule).

/** Environment read by `databaseConfigFromEnv` and the migrate CLI. */
export function readDatabaseEnv(): { databaseUrl?: string; dataDir?: string; timeZone?: string } {
  return {
    databaseUrl: nonEmpty(process.env.DATABASE_URL),
    dataDir: nonEmpty(process.env.DATA_DIR),
    timeZone: nonEmpty(process.env.TZ),
  };
}

/** Environment read by `@antdash/db/testing`. */
export function readTestEnv(): { ci: boolean; pgBinDir?: string; testDatabaseUrl?: string } {
  return {
    ci: process.env.CI === "true",
    pgBinDir: nonEmpty(process.env.PG_BIN_DIR),
    testDatabaseUrl: nonEmpty(process.env.TEST_DATABASE_URL),
  };
}

/** Hands a test server's URL to the test workers started after a vitest global setup. */
export function publishTestDatabaseUrl(url: string): void {
  process.env.TEST_DATABASE_URL = url;
}

/** The environment a Prisma CLI child process runs with: ours, plus its database URL. */
export function prismaCliEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}
