import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPANY_DIDS } from "./directory";
import type { CallRecord } from "./records";
import { startSimulator } from "./simulator";
import { DAY, HOUR, NOW, getJson, historiesUrl, iso, manualClock, recordsOf } from "./test/http";
import type { RunningSimulator } from "./types";

const VN_OFFSET = 7 * HOUR;
const vnHour = (r: CallRecord): number => new Date(r.unix_timestamp * 1000 + VN_OFFSET).getUTCHours();
const vnWeekday = (r: CallRecord): number => new Date(r.unix_timestamp * 1000 + VN_OFFSET).getUTCDay();
const share = (records: CallRecord[], test: (r: CallRecord) => boolean): number =>
  records.filter(test).length / records.length;

describe("generated call history", () => {
  let sim: RunningSimulator;
  let calls: CallRecord[];

  beforeAll(async () => {
    sim = await startSimulator({ now: () => NOW, callsPerDay: 400, historyDays: 90 });
    calls = sim.dataset.callsBetween(0, NOW);
  });
  afterAll(() => sim.close());

  it("covers historyDays back from now at about callsPerDay on weekdays", () => {
    expect(sim.dataset.range()).toEqual({ fromMs: NOW - 90 * DAY, toMs: NOW });
    const oldest = calls[calls.length - 1]!.unix_timestamp * 1000;
    expect(oldest).toBeGreaterThanOrEqual(NOW - 90 * DAY);
    expect(oldest).toBeLessThan(NOW - 89 * DAY);
    const perWeekday = calls.filter((r) => vnWeekday(r) === 3).length / 13; // 12-13 Wednesdays in 90 days
    expect(perWeekday).toBeGreaterThan(330);
    expect(perWeekday).toBeLessThan(470);
  });

  it("keeps the documented invariants on every call", () => {
    const dids = new Set(COMPANY_DIDS.map(([did]) => did));
    const broken = calls.filter((r) => {
      const answered = r.status_detail === "SUCCESS";
      return (
        r.billing_seconds > r.duration_seconds ||
        (answered ? r.billing_seconds < 1 : r.billing_seconds !== 0) ||
        (r.direction === "to_ab") !== (r.did_number !== null) ||
        (r.did_number !== null && !dids.has(r.did_number)) ||
        (r.class === "one_one" &&
          (r.caller.type !== "user" || r.callee.type !== "user" || r.direction !== "from_ab")) ||
        (r.direction === "from_ab" && r.caller.type !== "user") ||
        (r.recording !== "" && (!answered || !/^call_recording_[a-z0-9]{20}\.mp3$/.test(r.recording))) ||
        r.unix_timestamp + r.duration_seconds > NOW / 1000
      );
    });
    expect(broken).toEqual([]);
    expect(
      share(calls, (r) => r.recording !== "") / share(calls, (r) => r.status_detail === "SUCCESS"),
    ).toBeGreaterThan(0.8);
  });

  it("mixes inbound, outbound and internal calls in the intended proportions with mostly successes", () => {
    expect(share(calls, (r) => r.direction === "to_ab" && r.class === "trunking")).toBeCloseTo(0.55, 1);
    expect(share(calls, (r) => r.direction === "from_ab" && r.class === "trunking")).toBeCloseTo(0.35, 1);
    expect(share(calls, (r) => r.class === "one_one")).toBeCloseTo(0.1, 1);
    const success = share(calls, (r) => r.status_detail === "SUCCESS");
    expect(success).toBeGreaterThan(0.55);
    for (const status of ["CANCELLED", "BUSY", "IVR", "UNSUCCESS"]) {
      expect(
        share(calls, (r) => r.status_detail === status),
        status,
      ).toBeGreaterThan(0.02);
    }
    const talk = calls
      .filter((r) => r.billing_seconds > 0)
      .map((r) => r.billing_seconds)
      .sort((a, b) => a - b);
    expect(talk[talk.length >> 1]).toBeGreaterThan(60);
    expect(talk[talk.length >> 1]).toBeLessThan(120);
    expect(talk[talk.length - 1]).toBeGreaterThan(1_200);
    expect(talk[talk.length - 1]).toBeLessThanOrEqual(1_800);
  });

  it("follows Vietnamese office hours and the working week", () => {
    const byHour = Array.from({ length: 24 }, (_, h) => calls.filter((r) => vnHour(r) === h).length);
    expect(byHour[12]!).toBeLessThan(byHour[10]! / 2);
    expect(byHour[12]!).toBeLessThan(byHour[15]! / 2);
    const night = byHour.slice(0, 6).reduce((a, b) => a + b, 0);
    expect(night / calls.length).toBeLessThan(0.01);
    expect(night).toBeGreaterThan(0);
    const byDay = Array.from({ length: 7 }, (_, d) => calls.filter((r) => vnWeekday(r) === d).length);
    expect(byDay[6]!).toBeLessThan(byDay[3]! * 0.6); // Saturday
    expect(byDay[0]!).toBeLessThan(byDay[6]! * 0.5); // Sunday
  });

  it("uses Vietnamese customer numbers, agents with SIP accounts, and has repeat callers", () => {
    const outside = calls.flatMap((r) => [r.caller, r.callee]).filter((p) => p.type === "realnumber");
    const customers = outside.map((p) => p.number).filter((n) => !COMPANY_DIDS.some(([did]) => did === n));
    for (const number of customers) expect(number).toMatch(/^(0[35789]\d{8}|02[48]\d{8})$/);
    const landlines = customers.filter((n) => n.startsWith("02")).length / customers.length;
    expect(landlines).toBeGreaterThan(0.03);
    expect(landlines).toBeLessThan(0.3);
    const counts = new Map<string, number>();
    for (const n of customers) counts.set(n, (counts.get(n) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThan(20);
    const agents = new Set(
      calls
        .flatMap((r) => [r.caller, r.callee])
        .filter((p) => p.type === "user")
        .map((p) => `${p.number}/${p.username}`),
    );
    expect(agents.size).toBe(12);
    expect(agents).toContain("thutranhtkbee/thutran");
  });

  it("includes genuine double calls: byte-identical failed calls in the same second", () => {
    const doubles = calls.filter((r, i) => i > 0 && JSON.stringify(r) === JSON.stringify(calls[i - 1]));
    expect(doubles.length).toBeGreaterThan(3);
    for (const r of doubles) {
      expect(r.recording).toBe("");
      expect(r.status_detail).not.toBe("SUCCESS");
    }
  });

  it("is deterministic per seed and independent of the clock", async () => {
    const again = await startSimulator({ now: () => NOW + 3 * DAY, callsPerDay: 400, historyDays: 90 });
    const other = await startSimulator({ now: () => NOW, callsPerDay: 400, historyDays: 90, seed: 2 });
    try {
      const window = [NOW - 20 * DAY, NOW - 10 * DAY] as const;
      expect(again.dataset.callsBetween(...window)).toEqual(sim.dataset.callsBetween(...window));
      expect(other.dataset.callsBetween(...window)).not.toEqual(sim.dataset.callsBetween(...window));
    } finally {
      await Promise.all([again.close(), other.close()]);
    }
  });
});

describe("live traffic", () => {
  it("shows a call only once it has ended, so calls keep arriving as the clock runs", async () => {
    const clock = manualClock(NOW);
    const sim = await startSimulator({ now: clock.now, callsPerDay: 3_000, historyDays: 1 });
    try {
      const window = (): CallRecord[] => sim.dataset.callsBetween(NOW - 2 * HOUR, NOW + 2 * HOUR);
      const before = window();
      expect(window()).toEqual(before); // nothing moves while the clock stands still
      clock.advance(45 * 60_000);
      const after = window();
      const key = (r: CallRecord): string => JSON.stringify(r);
      const seen = new Set(before.map(key));
      const arrived = after.filter((r) => !seen.has(key(r)));
      expect(arrived.length).toBeGreaterThan(10);
      expect(after.length).toBe(before.length + arrived.length); // nothing disappears
      for (const r of after)
        expect((r.unix_timestamp + r.duration_seconds) * 1000).toBeLessThanOrEqual(clock.now());
      // Calls that were under way at the first look arrive too, not only ones started later.
      expect(arrived.some((r) => r.unix_timestamp * 1000 < NOW)).toBe(true);
      expect(sim.dataset.range().toMs).toBe(NOW + 45 * 60_000);
      // The histories endpoint serves the new arrivals too.
      const url = historiesUrl(sim, {
        from: iso(NOW - 2 * HOUR),
        to: iso(NOW + 2 * HOUR),
        limit: "100",
        page: "1",
      });
      expect(recordsOf((await getJson(url)).body)).toEqual(after.slice(0, 100));
    } finally {
      await sim.close();
    }
  });
});
