import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import type pg from "pg";
import { MigrationFailedError } from "../database/errors";
import { prismaCliEnv } from "../env";
import { migrationNames, PACKAGE_DIR } from "./migration-files";

// Resolved from the package directory, not from this module: a bundler may have moved this code elsewhere.
const PRISMA_CLI = createRequire(path.join(PACKAGE_DIR, "package.json")).resolve("prisma/build/index.js");
const CLI_PRELOAD = path.join(PACKAGE_DIR, "prisma/cli-preload.cjs");

/**
 * `prisma migrate deploy` against `url`, in a child process and asynchronously: in the process that serves PGlite a
 * synchronous call would deadlock (PGlite answers from this very event loop). The child runs from this package's
 * directory, so it finds prisma.config.ts and the migrations whatever the caller's cwd.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const child = spawn(process.execPath, ["-r", CLI_PRELOAD, PRISMA_CLI, "migrate", "deploy"], {
    cwd: PACKAGE_DIR,
    env: prismaCliEnv(url),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (exitCode !== 0) throw new MigrationFailedError(exitCode, redactUrl(output, url));
}

/**
 * True when every committed migration is recorded as applied: opening an up-to-date database then costs one
 * query instead of a ~2 s CLI start.
 */
export async function isFullyMigrated(pool: pg.Pool): Promise<boolean> {
  return (await pendingMigrations(pool)).length === 0;
}

/** The committed migrations not yet applied to this database, oldest first (all of them on an empty one). */
export async function pendingMigrations(pool: pg.Pool): Promise<string[]> {
  const expected = await migrationNames();
  let applied: Set<string>;
  try {
    const result = await pool.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    applied = new Set(result.rows.map((row) => row.migration_name));
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return expected; // no _prisma_migrations table yet
    throw error;
  }
  return expected.filter((name) => !applied.has(name));
}

/** Applies pending migrations, skipping the CLI when there are none. Returns whether the CLI ran. */
export async function ensureMigrated(pool: pg.Pool, url: string): Promise<boolean> {
  if (await isFullyMigrated(pool)) return false;
  await migrateDatabase(url);
  return true;
}

function redactUrl(text: string, url: string): string {
  let redacted = text.split(url).join("<DATABASE_URL>");
  const password = passwordOf(url);
  if (password) redacted = redacted.split(password).join("<password>");
  return redacted;
}

function passwordOf(url: string): string | null {
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password === "" ? null : password;
  } catch {
    return null;
  }
}
