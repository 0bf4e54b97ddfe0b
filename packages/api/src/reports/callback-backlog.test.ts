import { insertCalls, toCallRow } from "@antdash/db";
import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callBack as calledBack, missedCall as missed } from "../test/missed-call-records";
import { callbackBacklog } from "./callback-backlog";

// 2026-11-20 03:00 UTC = 10:00 in Asia/Ho_Chi_Minh.
const T = Date.UTC(2026, 10, 20, 3, 0, 0);
const MINUTE = 60_000;

describe.each(testDatabaseModes())("the report's call-back backlog on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(mode);
    const rows = [
      missed("0901000001", T - 3 * 60 * MINUTE),
      missed("0901000002", T - 60 * MINUTE),
      missed("0901000003", T - 30 * MINUTE),
      calledBack("0901000002", T + 10 * MINUTE),
    ];
    await insertCalls(
      db,
      rows.map((r, i) => toCallRow(r, `fp:backlog-${i}:0`, db.timeZone)),
    );
  }, 300_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it("counts the call-back cases waiting at the instant, oldest first missed, newest listed first", async () => {
    const before = await callbackBacklog(db, { at: new Date(T) });
    expect(before.total).toBe(3);
    expect(before.oldestAt).toEqual(new Date(T - 3 * 60 * MINUTE));
    expect(before.cases.map((c) => c.number)).toEqual(["+84901000003", "+84901000002", "+84901000001"]);
    expect(before.cases[0]).toMatchObject({ did: "02873019555", attempts: 0 });

    // The call back at T + 10 min reached one: it no longer waits afterwards.
    const after = await callbackBacklog(db, { at: new Date(T + 20 * MINUTE) });
    expect(after.total).toBe(2);
    expect(after.cases.map((c) => c.number)).toEqual(["+84901000003", "+84901000001"]);

    // Before any case was missed, nothing waits.
    expect(await callbackBacklog(db, { at: new Date(T - 4 * 60 * MINUTE) })).toEqual({
      total: 0,
      oldestAt: null,
      cases: [],
    });
  });
});
