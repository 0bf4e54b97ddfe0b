import { acquireSyncLock, type Database, type SyncLease, SyncLockBusyError } from "@antdash/db";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";

/** A lease owner name that says which process holds the sync: `<host>:<pid>:<random>`. */
export function runnerName(): string {
  return `${hostname()}:${process.pid}:${randomUUID()}`;
}

/** Leases this process holds right now (by owner name); any other lease naming this process is a leftover. */
const activeOwners = new Set<string>();

/**
 * Takes the sync lease. A lease left behind by a runner that no longer exists would otherwise block every sync until
 * it expires; such a lease is released at once. That is a runner on this host whose process is gone (killed with
 * SIGKILL, say), or an earlier runner of this very process that could not release its lease (the database was
 * unreachable when it ended).
 */
export async function acquireRunnerLock(db: Database, owner: string): Promise<SyncLease> {
  const lease = await takeLease(db, owner);
  activeOwners.add(owner);
  const release = lease.release.bind(lease);
  return Object.assign(lease, {
    release: () => release().finally(() => activeOwners.delete(owner)),
  });
}

async function takeLease(db: Database, owner: string): Promise<SyncLease> {
  try {
    return await acquireSyncLock(db, { owner });
  } catch (error) {
    if (!(error instanceof SyncLockBusyError) || !isLeftover(error.holder)) throw error;
    await db.pool.query("DELETE FROM sync_locks WHERE owner = $1", [error.holder]);
    return acquireSyncLock(db, { owner });
  }
}

function isLeftover(holder: string): boolean {
  const [host, pidText] = holder.split(":");
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return !activeOwners.has(holder);
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
