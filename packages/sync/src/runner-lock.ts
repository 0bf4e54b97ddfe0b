import { acquireSyncLock, type Database, type SyncLease, SyncLockBusyError } from "@antdash/db";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";

/** A lease owner name that says which process holds the sync: `<host>:<pid>:<random>`. */
export function runnerName(): string {
  return `${hostname()}:${process.pid}:${randomUUID()}`;
}

/**
 * Takes the sync lease. A lease left behind by a runner on this host that no longer exists (killed with SIGKILL,
 * say) would otherwise block every sync until it expires; such a lease is released at once.
 */
export async function acquireRunnerLock(db: Database, owner: string): Promise<SyncLease> {
  try {
    return await acquireSyncLock(db, { owner });
  } catch (error) {
    if (!(error instanceof SyncLockBusyError) || !isDeadLocalRunner(error.holder)) throw error;
    await db.pool.query("DELETE FROM sync_locks WHERE owner = $1", [error.holder]);
    return acquireSyncLock(db, { owner });
  }
}

function isDeadLocalRunner(holder: string): boolean {
  const [host, pidText] = holder.split(":");
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
