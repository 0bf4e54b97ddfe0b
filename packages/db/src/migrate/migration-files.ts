import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** This package's root (where prisma.config.ts lives), whatever the caller's cwd. */
export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const MIGRATIONS_DIR = path.join(PACKAGE_DIR, "prisma/migrations");

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
