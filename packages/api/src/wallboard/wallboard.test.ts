import type { CallRecord } from "@antdash/antring-core";
import { callBack, inboundCall, missedCall } from "@antdash/antring-core/testing";
import { insertCalls, toCallRow } from "@antdash/db";
import { testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, updateSettings } from "../admin/settings";
import { createTvDisplay } from "../admin/tv-displays";
import { summarizeCalls } from "../analytics/summary";
import { agentNames } from "./agent-names";
import { type ApiCaller, type ApiFixture, DAY, NOW, openApiFixture } from "../test/api-fixture";

// NOW is 2026-11-20 10:00 UTC: 17:00 on a Friday in Asia/Ho_Chi_Minh (UTC+7), so "today" began at 17:00 UTC the day
// before and the comparison day is Friday 2026-11-13.
const ZONE = "Asia/Ho_Chi_Minh";
const TODAY_START = Date.UTC(2026, 10, 19, 17, 0, 0);
const HOUR = 3_600_000;

const inRange = (from: number, to: number) => (c: CallRecord) =>
  c.unix_timestamp * 1000 >= from && c.unix_timestamp * 1000 <= to;

/** The reference: numbers whose unanswered inbound calls today got no later outbound call or answered call. */
function referenceMissed(calls: CallRecord[], from: number, to: number): Map<string, number> {
  const today = calls.filter(inRange(from, to));
  const lastMissed = new Map<string, number>();
  for (const c of today) {
    if (c.direction !== "to_ab" || c.class !== "trunking" || c.status_detail === "SUCCESS") continue;
    lastMissed.set(c.caller.number, Math.max(lastMissed.get(c.caller.number) ?? 0, c.unix_timestamp));
  }
  for (const [number, last] of lastMissed) {
    const reached = today.some(
      (c) =>
        c.unix_timestamp > last &&
        ((c.direction === "from_ab" && c.callee.number === number) ||
          (c.direction === "to_ab" && c.status_detail === "SUCCESS" && c.caller.number === number)),
    );
    if (reached) lastMissed.delete(number);
  }
  return lastMissed;
}

describe.each(testDatabaseModes())("wallboard procedures on %s", (mode) => {
  let f: ApiFixture;
  let wall: ApiCaller;

  beforeAll(async () => {
    f = await openApiFixture(mode, { historyDays: 9, callsPerDay: 120 });
    // A signed-in user: only they may look at the board as of the fixture's frozen clock (`at`).
    wall = f.caller(f.users.viewer);
  });
  afterAll(async () => {
    await f.close();
  });

  it("shows today's KPIs in the zone, equal to the analytics summary of the same range", async () => {
    const board = await wall.wallboard.snapshot({ at: new Date(NOW) });
    expect(board.todayStart.getTime()).toBe(TODAY_START);
    expect(board.timeZone).toBe(ZONE);
    const today = f.calls.filter(inRange(TODAY_START, NOW));
    expect(today.length).toBeGreaterThan(20);
    const answered = today.filter((c) => c.status_detail === "SUCCESS").length;
    expect(board.kpis.total).toBe(today.length);
    expect(board.kpis.answered).toBe(answered);
    expect(board.kpis.missed).toBe(today.length - answered);
    expect(board.kpis.inbound).toBe(today.filter((c) => c.direction === "to_ab").length);
    const summary = await summarizeCalls(f.db, { from: new Date(TODAY_START), to: new Date(NOW) });
    expect(board.kpis.answerRate).toBe(summary.answerRate);
    expect(board.kpis.avgWaitSeconds).toBe(summary.avgWaitSeconds);
    expect(board.statusMix.reduce((sum, s) => sum + s.calls, 0)).toBe(today.length);
    expect(board.dids.length).toBeGreaterThan(0);
    expect(board.agents[0]!.answered).toBeGreaterThanOrEqual(board.agents.at(-1)!.answered);
  });

  it("compares today's hours with the same weekday last week, up to the same time for the KPIs", async () => {
    const board = await wall.wallboard.snapshot({ at: new Date(NOW) });
    expect(board.lastWeekDate).toBe("2026-11-13");
    expect(board.hourly).toHaveLength(24);
    // 17:00 local is the current hour: counted so far; the hours after it are still to come.
    expect(board.hourly.slice(18).every((h) => h.today === null)).toBe(true);
    expect(board.hourly.slice(0, 18).every((h) => h.today !== null)).toBe(true);
    expect(board.hourly.reduce((sum, h) => sum + (h.today ?? 0), 0)).toBe(board.kpis.total);
    const lastWeekStart = TODAY_START - 7 * DAY;
    const lastWeekDay = f.calls.filter(inRange(lastWeekStart, lastWeekStart + DAY - 1));
    expect(board.hourly.reduce((sum, h) => sum + h.lastWeek, 0)).toBe(lastWeekDay.length);
    const nineLocal = f.calls.filter(inRange(lastWeekStart + 9 * HOUR, lastWeekStart + 10 * HOUR - 1));
    expect(board.hourly[9]!.lastWeek).toBe(nineLocal.length);
    const soFar = f.calls.filter(inRange(lastWeekStart, lastWeekStart + (NOW - TODAY_START)));
    expect(board.lastWeekKpis.total).toBe(soFar.length);
  });

  it("lists the numbers still waiting for a call back, newest first", async () => {
    const board = await wall.wallboard.snapshot({ at: new Date(NOW) });
    const expected = referenceMissed(f.calls, TODAY_START, NOW);
    expect(expected.size).toBeGreaterThan(0);
    expect(board.missed.total).toBe(expected.size);
    const newestFirst = [...expected].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    expect(board.missed.callers.map((c) => c.number)).toEqual(newestFirst.slice(0, 10).map(([n]) => n));
    expect(board.missed.callers[0]!.lastAt.getTime()).toBe(newestFirst[0]![1] * 1000);
  });

  it("drops a number once it is called back, and counts repeated attempts", async () => {
    const at = NOW + 20 * 60_000;
    const customer = "0999000111";
    const agent = { number: "101", type: "user", username: "wallboard.test" };
    const missed = (minute: number) => missedCall(customer, NOW + minute * 60_000, { callee: agent });
    await insertCalls(
      f.db,
      [missed(1), missed(2)].map((r, i) => toCallRow(r, `fp:wallboard-test:${i}`, ZONE)),
    );
    let board = await wall.wallboard.snapshot({ at: new Date(at) });
    expect(board.missed.callers[0]).toMatchObject({
      number: customer,
      attempts: 2,
      did: "02873019555",
    });

    // Called back, even without an answer: the number leaves the list.
    const callback = callBack(customer, NOW + 5 * 60_000, {
      caller: agent,
      status_detail: "BUSY",
      billing_seconds: 0,
    });
    await insertCalls(f.db, [toCallRow(callback, "fp:wallboard-test:callback", ZONE)]);
    board = await wall.wallboard.snapshot({ at: new Date(at) });
    expect(board.missed.callers.map((c) => c.number)).not.toContain(customer);
  });

  it("colours tiles by the admins' thresholds and the service-level target", async () => {
    await updateSettings(
      f.db,
      {
        thresholds: {
          answerRateRedPercent: 100,
          answerRateAmberPercent: 100,
          maxWaitSeconds: 3600,
          abandonRateRedPercent: 0,
          staleDataMinutes: 5,
        },
        kpi: { serviceLevelSeconds: 20, shortAbandonSeconds: 5, serviceLevelTargetPercent: 100 },
      },
      null,
    );
    let board = await wall.wallboard.snapshot({ at: new Date(NOW) });
    expect(board.kpis.answerRate).toBeLessThan(1);
    expect(board.callKpis.inbound.serviceLevel).toBeLessThan(1);
    expect(board.callKpis.inbound.abandonRate).toBeGreaterThan(0);
    expect(board.tiles).toEqual({
      answerRate: "red",
      avgWait: "ok",
      serviceLevel: "red",
      asa: "ok",
      abandonRate: "red",
      inboundAnswerRate: "red",
    });
    expect(board.thresholds.staleDataMinutes).toBe(5);
    expect(board.kpiSettings.serviceLevelTargetPercent).toBe(100);
    await updateSettings(
      f.db,
      {
        thresholds: {
          answerRateRedPercent: 0,
          answerRateAmberPercent: 0,
          maxWaitSeconds: 1,
          abandonRateRedPercent: 100,
          staleDataMinutes: 5,
        },
        kpi: { serviceLevelSeconds: 20, shortAbandonSeconds: 5, serviceLevelTargetPercent: 0 },
      },
      null,
    );
    board = await wall.wallboard.snapshot({ at: new Date(NOW) });
    expect(board.tiles).toEqual({
      answerRate: "ok",
      avgWait: "red",
      serviceLevel: "ok",
      asa: "red",
      abandonRate: "ok",
      inboundAnswerRate: "ok",
    });
    // Today's KPIs are analytics.summary's for the same range, with the settings' thresholds.
    const summary = await summarizeCalls(f.db, { from: new Date(TODAY_START), to: new Date(NOW) });
    expect(board.callKpis).toEqual(summary.kpis);
  });

  it("ranks inbound and outbound work separately", async () => {
    const board = await wall.wallboard.snapshot({ at: new Date(NOW) });
    expect(board.agentsInbound.length).toBeGreaterThan(0);
    expect(board.agentsOutbound.length).toBeGreaterThan(0);
    const answered = board.agentsInbound.map((a) => a.answered);
    expect(answered).toEqual([...answered].sort((a, b) => b - a));
    const connected = board.agentsOutbound.map((a) => a.connected);
    expect(connected).toEqual([...connected].sort((a, b) => b - a));
    // The leaders' inbound answered calls, counted from the upstream records (the callee user of an inbound call).
    const today = f.calls.filter(inRange(TODAY_START, NOW));
    const top = board.agentsInbound[0]!;
    const theirs = today.filter(
      (c) => c.class === "trunking" && c.direction === "to_ab" && c.callee.username === top.agent,
    );
    expect(top.answered).toBe(theirs.filter((c) => c.status_detail === "SUCCESS").length);
    expect(top.missed).toBe(theirs.filter((c) => c.status_detail !== "SUCCESS").length);
  });

  it("reads thresholds saved before the abandon-rate threshold existed, keeping the admin's values", async () => {
    await f.db.prisma.setting.upsert({
      where: { key: "thresholds" },
      create: {
        key: "thresholds",
        value: {
          answerRateRedPercent: 50,
          answerRateAmberPercent: 60,
          maxWaitSeconds: 45,
          staleDataMinutes: 9,
        },
      },
      update: {
        value: {
          answerRateRedPercent: 50,
          answerRateAmberPercent: 60,
          maxWaitSeconds: 45,
          staleDataMinutes: 9,
        },
      },
    });
    const board = await wall.wallboard.snapshot({ at: new Date(NOW) });
    expect(board.thresholds).toEqual({
      ...DEFAULT_THRESHOLDS,
      answerRateRedPercent: 50,
      answerRateAmberPercent: 60,
      maxWaitSeconds: 45,
      staleDataMinutes: 9,
    });
  });

  it("tells how fresh the cache is", async () => {
    const board = await wall.wallboard.snapshot({ at: new Date(NOW) });
    expect(board.freshness.lastSyncAt).not.toBeNull();
    expect(board.freshness.lastSyncFailed).toBe(false);
    expect(board.freshness.newestCallAt!.getTime()).toBeGreaterThanOrEqual(NOW);
  });

  it("changes its data version when calls or settings change, and only then", async () => {
    const first = (await wall.wallboard.version()).version;
    expect((await wall.wallboard.version()).version).toBe(first);
    const late = inboundCall({
      caller: { number: "0988777666", type: "realnumber" },
      callee: { number: "102", type: "user", username: "late" },
      unix_timestamp: (NOW + 30 * 60_000) / 1000,
    });
    await insertCalls(f.db, [toCallRow(late, "fp:wallboard-test:late", ZONE)]);
    const second = (await wall.wallboard.version()).version;
    expect(second).not.toBe(first);
    await updateSettings(f.db, { timeZone: ZONE }, null);
    expect((await wall.wallboard.version()).version).not.toBe(second);
  });

  it("names agents by username from their SIP user, as live signals name them", async () => {
    const names = await agentNames(f.db, new Date(NOW));
    const party = f.calls.flatMap((c) => [c.caller, c.callee]).find((p) => p.type === "user" && p.username);
    expect(party).toBeDefined();
    expect(names[party!.number]).toBe(party!.username);
    expect(Object.keys(names).length).toBeGreaterThan(1);
    expect(Object.values(names)).not.toContain("");
    // Through the procedure (as of now: the fixture's history is in the recent past of its frozen clock).
    expect((await wall.wallboard.agentNames()).names).toBeTypeOf("object");
  });

  it("gives a display token the current board only, never another day's", async () => {
    const { display } = await createTvDisplay(f.db, { name: "Floor", createdBy: null });
    const screen = f.caller({ displayId: display.id, name: display.name, locale: "vi" });
    expect((await screen.wallboard.snapshot()).timeZone).toBe(ZONE);
    await expect(screen.wallboard.snapshot({ at: new Date(NOW - 3 * 86_400_000) })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/^at: /),
    });
  });

  it("refuses a board as of the future", async () => {
    await expect(wall.wallboard.snapshot({ at: new Date(Date.now() + 3_600_000) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
