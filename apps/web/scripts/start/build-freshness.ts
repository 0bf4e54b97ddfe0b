import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { REPO_DIR, WEB_DIR } from "./paths";

/** What the web build is made of: the app and the workspace packages' sources (their tests excluded). */
const SOURCE_ROOTS = [
  path.join(WEB_DIR, "src"),
  path.join(WEB_DIR, "next.config.ts"),
  path.join(WEB_DIR, "package.json"),
  path.join(WEB_DIR, "tsconfig.json"),
  path.join(REPO_DIR, "packages"),
];
const SKIPPED_DIRS = new Set(["node_modules", ".next", "dist", "test", "bench", ".turbo"]);
const TEST_FILE = /\.test\.tsx?$/;

/** Why a build is needed ("no build yet", "sources changed"), or null when .next is newer than every source. */
export async function buildNeeded(): Promise<string | null> {
  const built = await mtimeOf(path.join(WEB_DIR, ".next/BUILD_ID"));
  if (built === null) return "no build yet";
  for (const root of SOURCE_ROOTS) {
    if ((await newestMtime(root)) > built) return "sources changed since the last build";
  }
  return null;
}

async function mtimeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return null;
  }
}

async function newestMtime(entry: string): Promise<number> {
  let info;
  try {
    info = await stat(entry);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return TEST_FILE.test(entry) ? 0 : info.mtimeMs;
  let newest = 0;
  for (const child of await readdir(entry, { withFileTypes: true })) {
    if (child.isDirectory() && SKIPPED_DIRS.has(child.name)) continue;
    newest = Math.max(newest, await newestMtime(path.join(entry, child.name)));
  }
  return newest;
}
