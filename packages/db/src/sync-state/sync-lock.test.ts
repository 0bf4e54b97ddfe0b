import { describe, expect, it, vi } from "vitest";
import { testDatabaseModes } from "../testing/test-databases";
import { useTestDatabase } from "../test/use-test-database";
import { acquireSyncLock, SyncLockBusyError, SyncLockLostError } from "./sync-lock";

describe.each(testDatabaseModes())("sync lock on %s", (mode) => {
  const db = useTestDatabase(mode);
  const expireLease = () => db().pool.query(`UPDATE sync_locks SET expires_at = now() - interval '1 second'`);

  it("lets one owner at a time hold the lease, and the next take it once released", async () => {
    const first = await acquireSyncLock(db(), { owner: "runner-a" });
    const busy = await acquireSyncLock(db(), { owner: "runner-b" }).catch((error: unknown) => error);
    expect(busy).toBeInstanceOf(SyncLockBusyError);
    expect(busy).toMatchObject({ holder: "runner-a" });
    expect((busy as SyncLockBusyError).expiresAt.getTime()).toBeGreaterThan(Date.now());

    await first.release();
    const second = await acquireSyncLock(db(), { owner: "runner-b" });
    expect(second.owner).toBe("runner-b");
    await second.release();
  });

  it("hands an expired lease (its holder died) to the next owner; the old holder learns it lost it", async () => {
    const stale = await acquireSyncLock(db(), { owner: "crashed-runner" });
    await expireLease();
    const next = await acquireSyncLock(db(), { owner: "runner-c" });

    await expect(stale.renew()).rejects.toBeInstanceOf(SyncLockLostError);
    expect(stale.signal.aborted).toBe(true);
    await stale.release(); // must not delete the new owner's lease
    await expect(acquireSyncLock(db(), { owner: "runner-d" })).rejects.toMatchObject({ holder: "runner-c" });
    await next.release();
  });

  it("keeps a lease alive with its heartbeat beyond the ttl", async () => {
    // The heartbeat's clock is ours: each beat is one step, however slow the machine (the database keeps its own).
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const lease = await acquireSyncLock(db(), { owner: "runner-e", ttlMs: 60_000 });
      const expiry = async () =>
        (
          await db().pool.query<{ at: Date }>(`SELECT expires_at AS at FROM sync_locks`)
        ).rows[0]!.at.getTime();
      // As if a whole ttl had passed: without a renewal the next owner would take the lease now.
      await expireLease();
      const expired = await expiry();
      vi.advanceTimersByTime(20_000); // one beat (ttl / 3)
      await vi.waitFor(async () => expect(await expiry()).toBeGreaterThan(expired + 50_000), {
        timeout: 30_000,
      });
      await expect(acquireSyncLock(db(), { owner: "runner-f" })).rejects.toBeInstanceOf(SyncLockBusyError);
      expect(lease.signal.aborted).toBe(false);
      await lease.release();
    } finally {
      vi.useRealTimers();
    }
  });
});
