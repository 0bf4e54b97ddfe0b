// The call-back cases against a reference computed here from the simulator's raw records, with the rules written
// again independently of the product's code (packages/db/src/callbacks): a number written several ways, a
// late-listed call, a re-run sync, on both databases.
import type { AntringClient, CallRecord } from "@antdash/antring-core";
import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { clearWindows, DEFAULT_SHORT_ABANDON_SECONDS } from "@antdash/db";
import { DEFAULT_KPI_SETTINGS } from "../admin/settings";
import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { syncRange } from "@antdash/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../auth/users";
import type { SessionUser } from "../context";
import { appRouter } from "../root";
import { createCallerFactory } from "../trpc";
import { simulatorClient } from "../testing/simulator-sync";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 09:00 in Ho Chi Minh: the scripted history crosses local midnights.
const NOW = Date.UTC(2026, 10, 20, 2, 0, 0);
const SHORT_ABANDON_SECONDS = 5; // the KPI settings' default

// ---- The reference: the rules, written again -------------------------------------------------------

/** The 2018 table, as published by the Ministry (copied here, not imported). */
const OLD_PREFIXES: Record<string, string> = {
  "162": "32",
  "163": "33",
  "164": "34",
  "165": "35",
  "166": "36",
  "167": "37",
  "168": "38",
  "169": "39",
  "120": "70",
  "121": "79",
  "122": "77",
  "126": "76",
  "128": "78",
  "123": "83",
  "124": "84",
  "125": "85",
  "127": "81",
  "129": "82",
  "186": "56",
  "188": "58",
  "199": "59",
};

function referenceNumber(raw: string): string {
  let national: string;
  if (raw.startsWith("+84")) national = raw.slice(3);
  else if (raw.startsWith("84") && raw.length >= 11) national = raw.slice(2);
  else if (raw.startsWith("0")) national = raw.slice(1);
  else return raw;
  if (national.length === 10 && OLD_PREFIXES[national.slice(0, 3)])
    national = OLD_PREFIXES[national.slice(0, 3)] + national.slice(3);
  return /^\d{9,10}$/.test(national) ? `+84${national}` : raw;
}

interface RefCase {
  number: string;
  firstMissedAt: string;
  lastMissedAt: string;
  missedCount: number;
  attempts: number;
  firstAttemptAt: string | null;
  status: "open" | "reached";
  reachedAt: string | null;
  reachedBy: "callback" | "customer" | null;
}

/** A case as its first missed call opens it: open, one missed call, no attempt yet. */
const openedCase = (number: string, missedAt: string): RefCase => ({
  number,
  firstMissedAt: missedAt,
  lastMissedAt: missedAt,
  missedCount: 1,
  attempts: 0,
  firstAttemptAt: null,
  status: "open",
  reachedAt: null,
  reachedBy: null,
});

function referenceCases(records: readonly CallRecord[]): RefCase[] {
  const byNumber = new Map<string, CallRecord[]>();
  for (const r of records) {
    if (r.class !== "trunking") continue;
    const number = referenceNumber(r.direction === "to_ab" ? r.caller.number : r.callee.number);
    byNumber.set(number, [...(byNumber.get(number) ?? []), r]);
  }
  const at = (r: CallRecord) => new Date(r.unix_timestamp * 1000).toISOString();
  const cases: RefCase[] = [];
  for (const [number, calls] of byNumber) {
    // Same second: the inbound call first.
    calls.sort(
      (a, b) =>
        a.unix_timestamp - b.unix_timestamp ||
        (a.direction === b.direction ? 0 : a.direction === "to_ab" ? -1 : 1),
    );
    let open: RefCase | null = null;
    for (const r of calls) {
      const answered = r.status_detail === "SUCCESS";
      if (r.direction === "to_ab") {
        const shortAbandon = r.status_detail === "CANCELLED" && r.duration_seconds <= SHORT_ABANDON_SECONDS;
        if (!answered && !shortAbandon) {
          if (open) {
            open.missedCount++;
            open.lastMissedAt = at(r);
          } else {
            open = openedCase(number, at(r));
            cases.push(open);
          }
        } else if (answered && open) {
          Object.assign(open, { status: "reached", reachedAt: at(r), reachedBy: "customer" });
          open = null;
        }
      } else if (open) {
        open.attempts++;
        open.firstAttemptAt ??= at(r);
        if (answered) {
          Object.assign(open, { status: "reached", reachedAt: at(r), reachedBy: "callback" });
          open = null;
        }
      }
    }
  }
  return cases.sort(byNumberAndTime);
}

const byNumberAndTime = (a: RefCase, b: RefCase) =>
  a.number.localeCompare(b.number) || a.firstMissedAt.localeCompare(b.firstMissedAt);

// ---- The scripted customers -----------------------------------------------------------------------------------

/** One customer written three ways; another with an old 11-digit number and its 2018 form. */
const A = ["0903123456", "+84903123456", "84903123456"] as const;
const B = ["01633123457", "0333123457"] as const;
const at = (hoursBefore: number) => new Date(NOW - hoursBefore * HOUR).toISOString();

function placeScript(sim: RunningSimulator): void {
  const place = sim.placeCall.bind(sim);
  // A, case 1: missed, a short abandon (ignored), missed again, a failed attempt, an answered call-back.
  place({
    direction: "to_ab",
    caller: A[0],
    did: "19006868",
    status: "BUSY",
    ringSeconds: 15,
    startedAt: at(50),
  });
  place({
    direction: "to_ab",
    caller: A[1],
    did: "19006868",
    status: "CANCELLED",
    ringSeconds: 3,
    startedAt: at(49.5),
  });
  place({
    direction: "to_ab",
    caller: A[2],
    did: "02873019555",
    status: "CANCELLED",
    ringSeconds: 25,
    startedAt: at(48),
  });
  place({
    direction: "from_ab",
    agent: "thutran",
    callee: A[0],
    status: "BUSY",
    ringSeconds: 20,
    startedAt: at(47),
  });
  place({
    direction: "from_ab",
    agent: "lanpham",
    callee: A[1],
    ringSeconds: 5,
    talkSeconds: 60,
    startedAt: at(46),
  });
  // A, case 2 (across local midnight): missed, then the customer calls again and is answered.
  place({
    direction: "to_ab",
    caller: A[2],
    did: "19006868",
    status: "UNSUCCESS",
    ringSeconds: 30,
    startedAt: at(27.5),
  });
  place({
    direction: "to_ab",
    caller: A[0],
    did: "19006868",
    agent: "thutran",
    ringSeconds: 4,
    talkSeconds: 90,
    startedAt: at(26),
  });
  // A, case 3: still open.
  place({
    direction: "to_ab",
    caller: A[1],
    did: "19006868",
    status: "IVR",
    ringSeconds: 40,
    startedAt: at(10),
  });
  // B: missed (old spelling), an unanswered attempt (new spelling), missed again within the settle margin.
  place({
    direction: "to_ab",
    caller: B[0],
    did: "19006868",
    status: "CANCELLED",
    ringSeconds: 30,
    startedAt: at(20),
  });
  place({
    direction: "from_ab",
    agent: "thutran",
    callee: B[1],
    status: "UNSUCCESS",
    ringSeconds: 10,
    startedAt: at(19),
  });
  place({
    direction: "to_ab",
    caller: B[1],
    did: "19006868",
    status: "BUSY",
    ringSeconds: 12,
    startedAt: at(0.5),
  });
}

// ---- The test -------------------------------------------------------------------------------------------------

const createCaller = createCallerFactory(appRouter);

describe.each(testDatabaseModes())("call-back cases on %s", (mode) => {
  let sim: RunningSimulator;
  let db: TestDatabase;
  let antring: AntringClient;
  let supervisor: SessionUser;
  const from = new Date(NOW - 4 * DAY);
  const to = new Date(NOW);
  const sync = () => syncRange({ db, client: antring, from, to, now: () => new Date(NOW) });
  const caller = () =>
    createCaller({
      db,
      antring,
      user: supervisor,
      tv: null,
      timeZone: "Asia/Ho_Chi_Minh",
      kpi: DEFAULT_KPI_SETTINGS,
      ip: "127.0.0.1",
    });

  async function listedCases(): Promise<RefCase[]> {
    const rows: RefCase[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller().callbacks.list({
        filter: { from: new Date(0), to },
        sort: { column: "first_missed_at", direction: "asc" },
        limit: 37,
        cursor,
      });
      for (const c of page.rows) {
        rows.push({
          number: c.number,
          firstMissedAt: c.firstMissedAt.toISOString(),
          lastMissedAt: c.lastMissedAt.toISOString(),
          missedCount: c.missedCount,
          attempts: c.attempts,
          firstAttemptAt: c.firstAttemptAt?.toISOString() ?? null,
          status: c.status as "open" | "reached",
          reachedAt: c.reachedAt?.toISOString() ?? null,
          reachedBy: c.reachedBy,
        });
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return rows.sort(byNumberAndTime);
  }

  const reference = () => referenceCases(sim.dataset.callsBetween(from.getTime(), to.getTime()));

  beforeAll(async () => {
    sim = await startSimulator({
      seed: 13,
      historyDays: 5,
      callsPerDay: 40,
      now: () => NOW,
      liveSignals: false,
    });
    placeScript(sim);
    db = await openTestDatabase(mode);
    antring = simulatorClient(sim);
    const view = await createUser(db, {
      email: "sup@example.test",
      name: "Sup",
      role: "supervisor",
      password: "correct horse battery",
    });
    supervisor = { id: view.id, email: view.email, name: view.name, role: view.role, locale: view.locale };
    await sync();
  }, 240_000);
  afterAll(async () => {
    await db?.dispose();
    await sim?.close();
  });

  it("derives exactly the reference's cases from the synced history", async () => {
    const expected = reference();
    expect(expected.length).toBeGreaterThan(20);
    expect(await listedCases()).toEqual(expected);
  });

  it("treats the three spellings of A and the old and new spellings of B as one customer each", async () => {
    const a = (await listedCases()).filter((c) => c.number === "+84903123456");
    expect(a).toEqual([
      {
        number: "+84903123456",
        firstMissedAt: at(50),
        lastMissedAt: at(48),
        missedCount: 2,
        attempts: 2,
        firstAttemptAt: at(47),
        status: "reached",
        reachedAt: at(46),
        reachedBy: "callback",
      },
      {
        ...openedCase("+84903123456", at(27.5)),
        status: "reached",
        reachedAt: at(26),
        reachedBy: "customer",
      },
      openedCase("+84903123456", at(10)),
    ]);
    const b = (await listedCases()).filter((c) => c.number === "+84333123457");
    expect(b).toMatchObject([
      { firstMissedAt: at(20), lastMissedAt: at(0.5), missedCount: 2, attempts: 1, status: "open" },
    ]);
    // Every spelling finds the same worklist rows.
    for (const spelling of A) {
      const page = await caller().callbacks.list({ filter: { from, to, number: spelling } });
      expect(page.rows.map((c) => c.number)).toEqual(["+84903123456", "+84903123456", "+84903123456"]);
    }
  });

  it("finds one customer's calls in the call list whichever way the number is typed", async () => {
    const ids = async (number: string) =>
      (await caller().calls.list({ filter: { from, to, number }, limit: 200 })).rows.map((r) => r.id).sort();
    const expected = sim.dataset
      .callsBetween(from.getTime(), to.getTime())
      .filter((r) => [r.caller.number, r.callee.number].some((n) => referenceNumber(n) === "+84903123456"));
    expect(expected).toHaveLength(8);
    const full = await ids("0903 123 456");
    expect(full).toHaveLength(8);
    for (const spelling of ["+84903123456", "84903123456", "0903.123.456"])
      expect(await ids(spelling)).toEqual(full);
    // Fragments: contained in the number as written or as normalized (a leading 0 stands for +84).
    expect(await ids("0903123")).toEqual(full);
    expect(await ids("3123456")).toEqual(expect.arrayContaining(full));
  });

  it("stays exact when a call is listed late and when the sync is re-run", async () => {
    // B is called back and answers 45 minutes ago, a call AntRing lists only now (inside the settle margin).
    sim.placeCall({
      direction: "from_ab",
      agent: "lanpham",
      callee: "+84333123457",
      ringSeconds: 6,
      talkSeconds: 40,
      startedAt: at(0.75),
    });
    await sync();
    const afterLate = await listedCases();
    expect(afterLate).toEqual(reference());
    expect(afterLate.filter((c) => c.number === "+84333123457")).toMatchObject([
      {
        firstMissedAt: at(20),
        missedCount: 1,
        attempts: 2,
        status: "reached",
        reachedAt: at(0.75),
        reachedBy: "callback",
      },
      { firstMissedAt: at(0.5), missedCount: 1, attempts: 0, status: "open" },
    ]);
    // A full re-read of the range: nothing duplicated, nothing lost.
    await clearWindows(db, from, to);
    await sync();
    expect(await listedCases()).toEqual(afterLate);
  }, 120_000);

  it("keeps a manual close and the owner across a rebuild, and reopens", async () => {
    const open = (
      await caller().callbacks.list({ filter: { from, to, number: "0903 123 456", status: ["open"] } })
    ).rows;
    expect(open).toHaveLength(1);
    const id = open[0]!.id;
    expect((await caller().callbacks.take({ id })).ownerName).toBe("Sup");
    const closed = await caller().callbacks.close({ id, reason: "handled_elsewhere" });
    expect(closed).toMatchObject({
      status: "closed",
      closeReason: "handled_elsewhere",
      closedBy: "sup@example.test",
      ownerId: supervisor.id,
    });
    await expect(caller().callbacks.close({ id, reason: "spam" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await clearWindows(db, from, to);
    await sync();
    const rebuilt = (
      await caller().callbacks.list({ filter: { from, to, number: "+84903123456", status: ["closed"] } })
    ).rows;
    expect(rebuilt.map((c) => [c.id, c.status, c.ownerId])).toEqual([[id, "closed", supervisor.id]]);
    expect((await caller().callbacks.reopen({ id })).status).toBe("open");
    const audit = await db.prisma.auditEvent.findMany({
      where: { action: { startsWith: "callback." } },
      orderBy: { at: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual(["callback.assign", "callback.close", "callback.reopen"]);
  }, 120_000);

  it("computes the KPIs over the reference's cases", async () => {
    const expected = reference().filter((c) => c.firstMissedAt >= from.toISOString());
    const reached = expected.filter((c) => c.reachedAt !== null);
    const toReach = reached
      .map((c) => (Date.parse(c.reachedAt!) - Date.parse(c.firstMissedAt)) / 1000)
      .sort((x, y) => x - y);
    const middle = toReach.length / 2;
    const median =
      toReach.length === 0
        ? null
        : toReach.length % 2
          ? toReach[Math.floor(middle)]!
          : (toReach[middle - 1]! + toReach[middle]!) / 2;
    const { overall } = await caller().callbacks.kpis({ filter: { from, to } });
    expect(overall).toMatchObject({
      opened: expected.length,
      reached: reached.length,
      open: expected.length - reached.length,
      reachedWithin1h: reached.filter((c) => Date.parse(c.reachedAt!) - Date.parse(c.firstMissedAt) <= HOUR)
        .length,
      reachedByCallback: reached.filter((c) => c.reachedBy === "callback").length,
      reachedByCustomer: reached.filter((c) => c.reachedBy === "customer").length,
      medianSecondsToReach: median,
    });
    const { callbacks } = await caller().wallboard.snapshot({ at: new Date(NOW) });
    expect(callbacks.openBacklog).toBe(reference().filter((c) => c.status === "open").length);
  });

  it("rebuilds every case when the short-abandon threshold changes", async () => {
    const admin = createCaller({
      db,
      antring,
      user: { ...supervisor, role: "admin" },
      tv: null,
      timeZone: "Asia/Ho_Chi_Minh",
      kpi: DEFAULT_KPI_SETTINGS,
      ip: "127.0.0.1",
    });
    const kpi = (shortAbandonSeconds: number) => ({
      serviceLevelSeconds: 20,
      shortAbandonSeconds,
      serviceLevelTargetPercent: 80,
    });
    const before = await listedCases();
    await admin.admin.updateSettings({ kpi: kpi(0) });
    // A's 3-second CANCELLED call at -49.5 h is no longer a short abandon: it joins A's first case.
    const a = (await listedCases()).find((c) => c.number === "+84903123456" && c.firstMissedAt === at(50));
    expect(a?.missedCount).toBe(3);
    await admin.admin.updateSettings({ kpi: kpi(SHORT_ABANDON_SECONDS) });
    expect(await listedCases()).toEqual(before);
  }, 120_000);
});

describe("the short-abandon default", () => {
  it("is the same where the cases are rebuilt (db) and in the KPI settings (api)", () => {
    expect(DEFAULT_SHORT_ABANDON_SECONDS).toBe(DEFAULT_KPI_SETTINGS.shortAbandonSeconds);
  });
});
