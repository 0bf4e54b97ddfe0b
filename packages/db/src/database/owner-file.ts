import { randomUUID } from "node:crypto";
import { readFile, rename, unlink, writeFile } from "node:fs/promises";
import { readFileSync, unlinkSync } from "node:fs";

/**
 * DATA_DIR/embedded-server.json: who serves the PGlite directory. PGlite has no multi-process locking of its own,
 * so this file is the lock: created exclusively (O_EXCL) by the process that opens the directory, read by every
 * other process to find the owner's port, and taken over when its pid is dead.
 */
export interface OwnerInfo {
  pid: number;
  /** null while the owner is still starting (opening PGlite, applying migrations). */
  port: number | null;
  startedAt: string;
  /** Tells this owner's file from a successor's that reused the pid. */
  token: string;
}

export function newOwnerInfo(): OwnerInfo {
  return { pid: process.pid, port: null, startedAt: new Date().toISOString(), token: randomUUID() };
}

/** Creates the file only if none exists. Returns false when another process got there first. */
export async function tryCreateOwnerFile(file: string, info: OwnerInfo): Promise<boolean> {
  try {
    await writeFile(file, JSON.stringify(info), { flag: "wx" });
    return true;
  } catch (error) {
    if (isErrno(error, "EEXIST")) return false;
    throw error;
  }
}

/** Replaces the content atomically (write + rename), so a reader never sees a half-written file. */
export async function rewriteOwnerFile(file: string, info: OwnerInfo): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(info));
  await rename(temp, file);
}

/** null when there is no file; "unreadable" when it exists but is not (yet) valid. */
export async function readOwnerFile(file: string): Promise<OwnerInfo | "unreadable" | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    throw error;
  }
  try {
    const value = JSON.parse(text) as Partial<OwnerInfo>;
    if (typeof value.pid !== "number" || typeof value.token !== "string") return "unreadable";
    return {
      pid: value.pid,
      port: typeof value.port === "number" ? value.port : null,
      startedAt: String(value.startedAt),
      token: value.token,
    };
  } catch {
    return "unreadable";
  }
}

/** Deletes the file if it still holds `token` (never a successor's file). */
export async function removeOwnerFileIf(file: string, token: string): Promise<void> {
  const current = await readOwnerFile(file);
  if (current === null || current === "unreadable" || current.token !== token) return;
  await unlink(file).catch((error: unknown) => {
    if (!isErrno(error, "ENOENT")) throw error;
  });
}

/** The synchronous variant for process "exit" handlers, where nothing async runs any more. */
export function removeOwnerFileSyncIf(file: string, token: string): void {
  try {
    const current = JSON.parse(readFileSync(file, "utf8")) as Partial<OwnerInfo>;
    if (current.token === token) unlinkSync(file);
  } catch {
    // Already gone, or not ours to remove: a stale file is taken over by the next owner anyway.
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return isErrno(error, "EPERM");
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
