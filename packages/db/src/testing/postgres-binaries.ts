import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { readTestEnv } from "../env";

const APT_ROOT = "/usr/lib/postgresql";

/** The directory holding initdb, pg_ctl and postgres: PG_BIN_DIR, else the newest of apt's versions. */
export function findPostgresBinDir(): string | null {
  const { pgBinDir } = readTestEnv();
  const candidates = pgBinDir !== undefined ? [pgBinDir] : aptBinDirs();
  return (
    candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) ??
    null
  );
}

function aptBinDirs(): string[] {
  if (!existsSync(APT_ROOT)) return [];
  return readdirSync(APT_ROOT)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(APT_ROOT, version, "bin"));
}

/** Thrown under CI=true when no PostgreSQL binaries are installed: CI must test PostgreSQL too. */
export class PostgresBinariesMissingError extends Error {
  override readonly name = "PostgresBinariesMissingError";
  constructor() {
    super(
      `No PostgreSQL binaries found (looked in PG_BIN_DIR or ${APT_ROOT}/<version>/bin). ` +
        `Install them with: apt-get install -y postgresql`,
    );
  }
}

let warned = false;

/** Whether PostgreSQL tests can run here; under CI=true a missing server is an error, locally a warning. */
export function postgresTestsAvailable(): boolean {
  const env = readTestEnv();
  if (env.testDatabaseUrl !== undefined || findPostgresBinDir() !== null) return true;
  if (env.ci) throw new PostgresBinariesMissingError();
  if (!warned) {
    warned = true;
    console.warn(
      "[@antdash/db/testing] PostgreSQL binaries not found: database tests run on embedded PGlite only. " +
        "Install them with `apt-get install -y postgresql` (or set PG_BIN_DIR) to test PostgreSQL too.",
    );
  }
  return false;
}
