// `pnpm cli report --format json`'s kpis against a reference written here, from issue 12's definitions, over the
// simulator's own records (its generator): nothing of the product's KPI code is imported (the agents of a call come
// from the tests' reference of the documented rule, @antdash/api/testing).
import type { CallRecord } from "@antdash/antring-core";
import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { agentsOf } from "@antdash/api/testing";
import { testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliTestEnvironment, runCli } from "./test/run-cli";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 10, 0, 0);
const FROM = new Date(NOW - 30 * DAY).toISOString();
const TO = new Date(NOW).toISOString();

const ratio = (n: number, d: number) => (d > 0 ? n / d : null);

/** Issue 12's definitions, spelled out. */
function referenceKpis(calls: readonly CallRecord[], sl: number, short: number) {
  const inbound = calls.filter((c) => c.class === "trunking" && c.direction === "to_ab");
  const outbound = calls.filter((c) => c.class === "trunking" && c.direction === "from_ab");
  const wait = (c: CallRecord) => c.duration_seconds - c.billing_seconds;
  const answered = inbound.filter((c) => c.status_detail === "SUCCESS");
  const abandoned = inbound.filter((c) => c.status_detail === "CANCELLED");
  const shortAbandoned = abandoned.filter((c) => c.duration_seconds <= short).length;
  const connected = outbound.filter((c) => c.status_detail === "SUCCESS").length;
  return {
    inbound: {
      offered: inbound.length,
      answered: answered.length,
      missed: inbound.length - answered.length,
      abandoned: abandoned.length,
      shortAbandoned,
      answerRate: ratio(answered.length, inbound.length),
      abandonRate: ratio(abandoned.length - shortAbandoned, inbound.length - shortAbandoned),
      serviceLevel: ratio(answered.filter((c) => wait(c) <= sl).length, inbound.length - shortAbandoned),
      serviceLevelSeconds: sl,
      asaSeconds: ratio(
        answered.reduce((s, c) => s + wait(c), 0),
        answered.length,
      ),
      avgAbandonWaitSeconds: ratio(
        abandoned.reduce((s, c) => s + c.duration_seconds, 0),
        abandoned.length,
      ),
    },
    outbound: {
      attempts: outbound.length,
      connected,
      connectRate: ratio(connected, outbound.length),
      busy: outbound.filter((c) => c.status_detail === "BUSY").length,
    },
    internal: { calls: calls.filter((c) => c.class === "one_one").length },
  };
}

type Kpis = ReturnType<typeof referenceKpis>;

/** Same keys, same nulls, counts equal, rates and means equal up to the report's rounding (4 and 2 decimals). */
function expectKpis(actual: Kpis, expected: Kpis, label: string) {
  for (const group of ["inbound", "outbound", "internal"] as const) {
    const a = actual[group] as Record<string, number | null>;
    const e = expected[group] as Record<string, number | null>;
    expect(Object.keys(a).sort(), `${label} ${group} keys`).toEqual(Object.keys(e).sort());
    for (const [key, value] of Object.entries(e)) {
      const got = a[key];
      if (value === null || got === null || Number.isInteger(value)) {
        expect(got, `${label} ${group}.${key}`).toBe(value);
      } else {
        const tolerance = key.endsWith("Seconds") ? 0.005 : 0.00005;
        expect(Math.abs(got! - value), `${label} ${group}.${key}: ${got} vs ${value}`).toBeLessThanOrEqual(
          tolerance + 1e-9,
        );
      }
    }
  }
}

describe.each(testDatabaseModes())("pnpm cli report's kpis on the %s database", (mode) => {
  let sim: RunningSimulator;
  let env: Record<string, string>;
  let remove: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    sim = await startSimulator({ seed: 12, historyDays: 32, callsPerDay: 90, now: () => NOW });
    ({ env, remove } = await cliTestEnvironment(mode, sim));
    const synced = await runCli(["sync", "--from", FROM, "--to", TO], env);
    expect(synced.code, synced.stderr).toBe(0);
  }, 600_000);
  afterAll(async () => {
    await sim?.close();
    await remove?.();
  });

  const report = async (args: string[], extraEnv: Record<string, string> = {}) => {
    const r = await runCli(["report", ...args, "--format", "json"], { ...env, ...extraEnv });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as { kpis: Kpis; total: number; answerRate: number };
  };

  it("equal the definitions computed from the simulator's records, for several filters and thresholds", async () => {
    const all = sim.dataset.callsBetween(Date.parse(FROM), Date.parse(TO));
    const did = all.find((c) => c.did_number)!.did_number!;
    const agent = agentsOf(
      all.find((c) => c.class === "trunking" && c.direction === "to_ab" && agentsOf(c).length)!,
    )[0]!;
    // 2026-11-12 in New York: 05:00Z to 05:00Z next day, cutting the rollups' Ho Chi Minh days in the middle.
    const nyFrom = Date.UTC(2026, 10, 12, 5);
    const nyTo = Date.UTC(2026, 10, 13, 5) - 1;
    const inRange = (c: CallRecord, from: number, to: number) =>
      c.unix_timestamp * 1000 >= from && c.unix_timestamp * 1000 <= to;
    const cases: { label: string; args: string[]; env: Record<string, string>; calls: CallRecord[] }[] = [
      { label: "all", args: ["--from", FROM, "--to", TO], env: {}, calls: all },
      {
        label: `DID ${did}`,
        args: ["--from", FROM, "--to", TO, "--did", did],
        env: {},
        calls: all.filter((c) => c.did_number === did),
      },
      {
        label: `agent ${agent}`,
        args: ["--from", FROM, "--to", TO, "--agent", agent],
        env: {},
        calls: all.filter((c) => agentsOf(c).includes(agent)),
      },
      {
        label: "a New York day",
        args: ["--from", "2026-11-12", "--to", "2026-11-12"],
        env: { TZ: "America/New_York" },
        calls: all.filter((c) => inRange(c, nyFrom, nyTo)),
      },
    ];
    for (const thresholds of [
      { args: [], sl: 20, short: 5 },
      { args: ["--service-level-seconds", "10", "--short-abandon-seconds", "0"], sl: 10, short: 0 },
    ]) {
      for (const c of cases) {
        const expected = referenceKpis(c.calls, thresholds.sl, thresholds.short);
        // The filter must give the reference something to check.
        expect(expected.inbound.offered, c.label).toBeGreaterThan(0);
        const { kpis } = await report([...c.args, ...thresholds.args], c.env);
        expectKpis(kpis, expected, `${c.label} (${thresholds.sl}s/${thresholds.short}s)`);
      }
    }
  }, 600_000); // 16 CLI processes: slow on a busy machine

  it("gives null, not 0, for rates with nothing to divide by, and keeps the existing keys", async () => {
    // Outbound calls only: no inbound call to rate.
    const summary = await report(["--from", FROM, "--to", TO, "--direction", "from_ab"]);
    expect(summary.total).toBeGreaterThan(0);
    expect(summary.answerRate).toBeTypeOf("number");
    expect(summary.kpis.inbound).toMatchObject({
      offered: 0,
      answerRate: null,
      serviceLevel: null,
      asaSeconds: null,
    });
    expect(summary.kpis.outbound.connectRate).not.toBeNull();
  });

  it("prints the KPIs in table and CSV too, and refuses bad thresholds with one line and exit code 2", async () => {
    const range = ["--from", FROM, "--to", TO];
    const table = await runCli(["report", ...range, "--service-level-seconds", "30"], env);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/service level \(30s\)\s+\d+\.\d%/);
    expect(table.stdout).toMatch(/speed of answer/);
    const csv = await runCli(["report", ...range, "--format", "csv"], env);
    expect(csv.stdout).toMatch(/^"kpis\.inbound\.serviceLevel",0\.\d+$/m);
    expect(csv.stdout).toMatch(/^"kpis\.inbound\.serviceLevelSeconds",20$/m);
    expect(csv.stdout).toMatch(/^"kpis\.outbound\.connectRate",/m);
    for (const [flag, value] of [
      ["--service-level-seconds", "0"],
      ["--service-level-seconds", "121"],
      ["--short-abandon-seconds", "-1"],
      ["--short-abandon-seconds", "2.5"],
      ["--service-level-seconds", "abc"],
    ] as const) {
      const r = await runCli(["report", ...range, `${flag}=${value}`], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`${flag}: expected a whole number of seconds`));
      expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(2);
    }
  });
});
