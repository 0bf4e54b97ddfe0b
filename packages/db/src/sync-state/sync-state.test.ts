import { describe, expect, it } from "vitest";
import { testDatabaseModes } from "../testing/test-databases";
import { useTestDatabase } from "../test/use-test-database";
import { finishSyncRun, listSyncRuns, startSyncRun, updateSyncRun } from "./sync-runs";
import { clearWindows, getDoneWindows, markWindowDone } from "./sync-windows";

const day = (n: number) => new Date(Date.UTC(2024, 0, n));

describe.each(testDatabaseModes())("sync state on %s", (mode) => {
  const db = useTestDatabase(mode);

  it("records a run from start to finish", async () => {
    const { id } = await startSyncRun(db(), {
      kind: "backfill",
      rangeFrom: day(1),
      rangeTo: day(31),
      windowsTotal: 30,
    });
    expect((await listSyncRuns(db()))[0]).toMatchObject({
      id,
      kind: "backfill",
      status: "running",
      windowsDone: 0,
    });

    await updateSyncRun(db(), id, { windowsDone: 3, callsSeen: 120 });
    await updateSyncRun(db(), id, { windowsDone: 5, callsInserted: 100, quarantined: 2 });
    await finishSyncRun(db(), id, { status: "failed", error: "upstream 500" });
    const [run] = await listSyncRuns(db());
    expect(run).toMatchObject({
      id,
      kind: "backfill",
      status: "failed",
      rangeFrom: day(1),
      rangeTo: day(31),
      windowsTotal: 30,
      windowsDone: 5,
      callsSeen: 120,
      callsInserted: 100,
      quarantined: 2,
      error: "upstream 500",
    });
    expect(run!.finishedAt).toBeInstanceOf(Date);

    const { id: later } = await startSyncRun(db(), {
      kind: "incremental",
      rangeFrom: day(31),
      rangeTo: day(32),
      windowsTotal: 1,
    });
    await finishSyncRun(db(), later, { status: "succeeded" });
    expect((await listSyncRuns(db(), { limit: 1 })).map((r) => [r.id, r.status, r.error])).toEqual([
      [later, "succeeded", null],
    ]);
  });

  it("remembers done windows, lists those overlapping a range, and forgets cleared ones", async () => {
    const { id: runId } = await startSyncRun(db(), {
      kind: "backfill",
      rangeFrom: day(1),
      rangeTo: day(5),
      windowsTotal: 4,
    });
    for (let d = 1; d <= 4; d++) {
      await markWindowDone(db(), {
        from: day(d),
        to: day(d + 1),
        runId,
        callsSeen: 10,
        callsInserted: 10,
        pages: 1,
      });
    }
    // Marking again (a re-read) keeps one mark.
    await markWindowDone(db(), {
      from: day(2),
      to: day(3),
      runId,
      callsSeen: 10,
      callsInserted: 0,
      pages: 1,
    });

    const spans = async (from: Date, to: Date) =>
      (await getDoneWindows(db(), from, to)).map((w) => [w.from.getUTCDate(), w.to.getUTCDate()]);
    expect(await spans(day(1), day(5))).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    // Windows only touching the range's ends do not count as inside it.
    expect(await spans(day(2), day(4))).toEqual([
      [2, 3],
      [3, 4],
    ]);
    expect((await getDoneWindows(db(), day(1), day(2)))[0]!.completedAt).toBeInstanceOf(Date);

    // Clearing errs wide: windows touching the range are forgotten too.
    await clearWindows(db(), new Date(day(3).getTime() + 3_600_000), day(4));
    expect(await spans(day(1), day(5))).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });
});
