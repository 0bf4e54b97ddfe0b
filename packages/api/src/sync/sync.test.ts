import { quarantineRecords } from "@antdash/db";
import { testDatabaseModes } from "@antdash/db/testing";
import { describe, expect, it } from "vitest";
import { LIVE_STREAM_LIMITS, StreamLimiter } from "../live-streams/stream-limiter";
import { DAY, NOW } from "../test/api-fixture";
import { useApiFixture } from "../test/use-api-fixture";
import { TestSyncController } from "../test/test-sync-controller";

describe.each(testDatabaseModes())("sync procedures on %s", (mode) => {
  const f = useApiFixture(mode, { historyDays: 3 });

  it("reports freshness and runs without a controller, and says backfills need one", async () => {
    const status = await f.caller(f.users.viewer).sync.status();
    expect(status.newestCallAt?.getTime()).toBe(f.calls[0]!.unix_timestamp * 1000);
    expect(status).toMatchObject({ controllerAvailable: false, running: null, lastError: null });
    expect(status.recentRuns[0]).toMatchObject({ status: "succeeded", kind: "backfill" });
    expect(status.lastSuccessAt).toEqual(status.recentRuns[0]!.finishedAt);
    const backfill = f
      .caller(f.users.admin)
      .sync.startBackfill({ from: new Date(NOW - 6 * DAY), to: new Date(NOW - 3 * DAY) });
    await expect(backfill).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/not available/),
    });
  });

  it("starts a backfill through the controller, streams its progress and audits it", async () => {
    const controller = new TestSyncController(f.db, f.antring, () => new Date(NOW));
    const events = await f.caller(f.users.viewer, { syncController: controller }).sync.progress();
    const iterator = events[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toBeNull();

    const range = { from: new Date(NOW - 10 * DAY), to: new Date(NOW - 3 * DAY) };
    await expect(
      f.caller(f.users.admin, { syncController: controller }).sync.startBackfill(range),
    ).resolves.toEqual({
      started: true,
    });
    await expect(
      f.caller(f.users.admin, { syncController: controller }).sync.startBackfill(range),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const seen = [];
    for (let next = await iterator.next(); !next.done && next.value !== null; next = await iterator.next())
      seen.push(next.value);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toMatchObject({ kind: "backfill", windowsDone: seen.at(-1)!.windowsTotal });
    // Leaving the stream unsubscribes it.
    await iterator.return?.();
    expect(controller.listenerCount).toBe(0);
    await controller.current;

    const expected = f.sim.dataset.callsBetween(range.from.getTime(), NOW).length;
    const { rows } = await f.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM calls`);
    expect(rows[0]!.n).toBe(expected);
    const status = await f.caller(f.users.viewer, { syncController: controller }).sync.status();
    expect(status).toMatchObject({ controllerAvailable: true, running: null });
    const audit = await f.db.prisma.auditEvent.findFirst({ where: { action: "sync.backfill" } });
    expect(audit).toMatchObject({ userId: f.users.admin.id, detail: { from: range.from.toISOString() } });
  });

  it("caps the progress streams one user holds open, and frees a slot when one ends", async () => {
    const controller = new TestSyncController(f.db, f.antring, () => new Date(NOW));
    const liveStreams = new StreamLimiter();
    const open = async (user: typeof f.users.viewer) => {
      const iterator = (await f.caller(user, { syncController: controller, liveStreams }).sync.progress())[
        Symbol.asyncIterator
      ]();
      expect((await iterator.next()).value).toBeNull();
      return iterator;
    };
    const streams = [];
    for (let i = 0; i < LIVE_STREAM_LIMITS.perUser; i++) streams.push(await open(f.users.viewer));
    await expect(open(f.users.viewer)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    // Another account has its own count.
    const other = await open(f.users.admin);
    await streams.pop()!.return?.();
    streams.push(await open(f.users.viewer));
    await expect(open(f.users.viewer)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    for (const stream of [...streams, other]) await stream.return?.();
    expect(liveStreams.openFor(`sync-progress:user:${f.users.viewer.id}`)).toBe(0);
    expect(controller.listenerCount).toBe(0);
  });

  it("lists quarantined records for admins", async () => {
    await quarantineRecords(f.db, [
      { raw: { caller: 1 }, reason: "caller: expected object", windowFrom: f.from, windowTo: f.to, page: 1 },
    ]);
    const list = await f.caller(f.users.admin).sync.quarantine({ limit: 10 });
    expect(list).toEqual([
      expect.objectContaining({ reason: "caller: expected object", raw: { caller: 1 }, timesSeen: 1 }),
    ]);
  });
});
