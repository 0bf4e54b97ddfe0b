import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * This package's root (where prisma.config.ts and prisma/ live), whatever the caller's cwd. Found from this module's
 * own location; when a bundler has moved the code (e.g. Next.js), through the `@antdash/db` dependency of the app
 * running in the cwd.
 */
export const PACKAGE_DIR = findPackageDir();
export const MIGRATIONS_DIR = path.join(PACKAGE_DIR, "prisma/migrations");

function findPackageDir(): string {
  const besideThisModule = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  if (existsSync(path.join(besideThisModule, "prisma/migrations"))) return besideThisModule;
  try {
    const fromCwd = createRequire(path.join(process.cwd(), "package.json"));
    return path.dirname(fromCwd.resolve("@antdash/db/package.json"));
  } catch {
    throw new Error("Cannot find @antdash/db's prisma/ directory (neither beside the code nor from the cwd)");
  }
}

/** Names of the committed migrations (folders holding a migration.sql), in the order Prisma applies them. */
export async function migrationNames(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  const names: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const sql = await stat(path.join(MIGRATIONS_DIR, entry.name, "migration.sql")).catch(() => null);
    if (sql?.isFile()) names.push(entry.name);
  }
  return names.sort();
}
