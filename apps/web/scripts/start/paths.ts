import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const REPO_DIR = path.resolve(WEB_DIR, "../..");

/** A package binary: the web app's own (next), else the workspace root's (tsx). */
export function binary(name: string): string {
  const own = path.join(WEB_DIR, "node_modules/.bin", name);
  return existsSync(own) ? own : path.join(REPO_DIR, "node_modules/.bin", name);
}
