import type { Database } from "../database/open-database";

/** Another owner holds the sync lease and it has not expired. */
export class SyncLockBusyError extends Error {
  override readonly name = "SyncLockBusyError";
  constructor(
    readonly holder: string,
    readonly expiresAt: Date,
  ) {
    super(`The sync lock is held by ${holder} until ${expiresAt.toISOString()}`);
  }
}

/** The lease was taken over (it expired, e.g. the heartbeat could not reach the database in time). */
export class SyncLockLostError extends Error {
  override readonly name = "SyncLockLostError";
  constructor(readonly owner: string) {
    super(`The sync lock held by ${owner} was lost`);
  }
}

export interface SyncLease {
  owner: string;
  /** Aborted when the lease is lost (a heartbeat found another owner); a runner should stop writing. */
  signal: AbortSignal;
  /** Extends the lease by its ttl; throws SyncLockLostError when it is no longer ours. */
  renew(): Promise<void>;
  /** Stops the heartbeat and deletes the lease if it is still ours. */
  release(): Promise<void>;
}

const LOCK_NAME = "sync";
const DEFAULT_TTL_MS = 30_000;

// One conditional upsert: take the row when it is free, expired, or already ours. Expiry is judged by the
// database's clock, so processes with skewed clocks agree.
const ACQUIRE_SQL = `
  INSERT INTO sync_locks (name, owner, acquired_at, expires_at)
  VALUES ($1, $2, now(), now() + $3 * interval '1 millisecond')
  ON CONFLICT (name) DO UPDATE SET
    owner = EXCLUDED.owner, acquired_at = EXCLUDED.acquired_at, expires_at = EXCLUDED.expires_at
  WHERE sync_locks.expires_at <= now() OR sync_locks.owner = EXCLUDED.owner
  RETURNING owner`;
const RENEW_SQL = `
  UPDATE sync_locks SET expires_at = now() + $3 * interval '1 millisecond'
  WHERE name = $1 AND owner = $2 RETURNING owner`;
const RELEASE_SQL = `DELETE FROM sync_locks WHERE name = $1 AND owner = $2`;
const HOLDER_SQL = `SELECT owner, expires_at FROM sync_locks WHERE name = $1`;

/**
 * One sync runner at a time across processes: a lease row with an expiry, renewed every ttl/3 until released.
 * (Not advisory locks: all connections to PGlite share one session, so those would exclude nothing there.)
 * Re-acquiring with the same owner name succeeds, so owner names must be unique per runner.
 */
export async function acquireSyncLock(
  db: Database,
  opts: { owner: string; ttlMs?: number },
): Promise<SyncLease> {
  const ttlMs = opts.ttlMs ?? DEFAULT_TTL_MS;
  const { owner } = opts;
  await takeLease(db, owner, ttlMs);

  const lost = new AbortController();
  let released = false;
  let renewedAt = Date.now();
  const markLost = () => {
    stopHeartbeat();
    if (!lost.signal.aborted) lost.abort(new SyncLockLostError(owner));
  };
  const renew = async () => {
    if (released) return;
    const renewed = await db.pool.query(RENEW_SQL, [LOCK_NAME, owner, ttlMs]);
    if (renewed.rowCount === 0) {
      markLost();
      throw new SyncLockLostError(owner);
    }
    renewedAt = Date.now();
  };
  const heartbeat = setInterval(
    () => {
      // A failed renewal (database briefly unreachable) is retried on the next beat, until a whole ttl has passed
      // without one: by then another runner may hold the lease.
      renew().catch(() => {
        if (!released && Date.now() - renewedAt >= ttlMs) markLost();
      });
    },
    Math.max(1, Math.floor(ttlMs / 3)),
  );
  heartbeat.unref();
  const stopHeartbeat = () => clearInterval(heartbeat);

  return {
    owner,
    signal: lost.signal,
    renew,
    async release() {
      if (released) return;
      released = true;
      stopHeartbeat();
      await db.pool.query(RELEASE_SQL, [LOCK_NAME, owner]);
    },
  };
}

async function takeLease(db: Database, owner: string, ttlMs: number): Promise<void> {
  for (;;) {
    const acquired = await db.pool.query(ACQUIRE_SQL, [LOCK_NAME, owner, ttlMs]);
    if (acquired.rowCount === 1) return;
    const holder = await db.pool.query<{ owner: string; expires_at: Date }>(HOLDER_SQL, [LOCK_NAME]);
    const row = holder.rows[0];
    // No row: the holder released between the two statements, so try again.
    if (row) throw new SyncLockBusyError(row.owner, row.expires_at);
  }
}
