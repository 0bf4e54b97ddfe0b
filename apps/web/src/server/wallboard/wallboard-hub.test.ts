import { AntringClient, LiveCallBoard } from "@antdash/antring-core";
import { inboundCall } from "@antdash/antring-core/testing";
import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { appRouter, createApiContext, createCallerFactory } from "@antdash/api";
import { insertCalls, toCallRow } from "@antdash/db";
import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { syncRecent } from "@antdash/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LiveCalls } from "../live/live-calls";
import { type WallboardEvent, WallboardHub, type WallboardSource } from "./wallboard-hub";

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe.each(testDatabaseModes())("WallboardHub over the real wallboard procedures on %s", (mode) => {
  let simulator: RunningSimulator;
  let db: TestDatabase;
  let source: WallboardSource & { versions: number; snapshots: number };
  let knownAgent: [sipUser: string, username: string];

  beforeAll(async () => {
    simulator = await startSimulator({ historyDays: 2, callsPerDay: 80, seed: 11 });
    db = await openTestDatabase(mode);
    const client = new AntringClient({
      baseUrl: simulator.url,
      appId: simulator.appId,
      appSecret: simulator.appSecret,
    });
    await syncRecent({ db, client, initialDays: 1 });
    const caller = async () => {
      const ctx = await createApiContext({ db, antring: client }, { ip: "127.0.0.1" });
      return createCallerFactory(appRouter)({
        ...ctx,
        tv: { displayId: "test", name: "test", locale: "vi" },
      });
    };
    source = {
      versions: 0,
      snapshots: 0,
      async version() {
        this.versions++;
        return (await (await caller()).wallboard.version()).version;
      },
      async snapshot() {
        this.snapshots++;
        return (await caller()).wallboard.snapshot();
      },
      async agentNames() {
        return (await (await caller()).wallboard.agentNames()).names;
      },
    };
    const names = Object.entries(await source.agentNames());
    expect(names.length).toBeGreaterThan(0);
    knownAgent = names[0]!;
  });
  afterAll(async () => {
    await db?.dispose();
    await simulator?.close();
  });

  it("recomputes the board only when the data changed, pushes it and live calls to every screen, and idles alone", async () => {
    const live = new LiveCalls(new LiveCallBoard());
    const hub = new WallboardHub({ source, live, pollMs: 20 });
    const screenA: WallboardEvent[] = [];
    const screenB: WallboardEvent[] = [];
    const leaveA = hub.subscribe((e) => screenA.push(e));
    const leaveB = hub.subscribe((e) => screenB.push(e));
    await until(() => screenA.length > 0);
    const first = screenA.shift()!;
    expect(screenB.shift()).toEqual(first);
    if (first.type !== "snapshot") throw new Error(`expected the board first, got ${first.type}`);
    const before = first.snapshot.kpis.total;
    expect(source.snapshots).toBe(1);

    // Nothing new for many polls: the board is not recomputed, nothing is pushed.
    const polled = source.versions;
    await until(() => source.versions >= polled + 5);
    expect(source.snapshots).toBe(1);
    expect(screenA).toEqual([]);

    // A call reaches the cache (as a sync in any process would write it): both screens get the new board.
    const call = inboundCall({
      callee: { number: "101", type: "user", username: "hub.test" },
      unix_timestamp: Math.floor(Date.now() / 1000) - 60,
    });
    await insertCalls(db, [toCallRow(call, "fp:hub-test:0", "Asia/Ho_Chi_Minh")]);
    await until(() => screenA.length > 0 && screenB.length > 0);
    const pushed = screenA[0]!;
    expect(pushed.type).toBe("snapshot");
    if (pushed.type === "snapshot") expect(pushed.snapshot.kpis.total).toBe(before + 1);
    expect(screenB[0]).toEqual(pushed);
    expect(hub.current().snapshot).toEqual(pushed.type === "snapshot" ? pushed.snapshot : null);

    // A live call shows at once, its agent named as on the leaderboard.
    live.apply({
      callId: "live-1",
      state: "ringing",
      direction: "to_ab",
      caller: "0912000222",
      callee: knownAgent[0],
      did: "02873019555",
      agent: knownAgent[0],
      at: new Date(),
      raw: {},
    });
    expect(screenA.at(-1)).toMatchObject({
      type: "live",
      live: { calls: [{ callId: "live-1", state: "ringing", agent: knownAgent[1] }] },
    });
    expect(hub.current().live.calls[0]?.agent).toBe(knownAgent[1]);

    // Everyone leaves: polling stops.
    leaveA();
    leaveB();
    expect(hub.listenerCount).toBe(0);
    // Once a poll in flight has settled, nothing is left scheduled to read the version again.
    await vi.waitFor(() => expect(hub.polling).toBe(false), { timeout: 30_000 });
  });
});
