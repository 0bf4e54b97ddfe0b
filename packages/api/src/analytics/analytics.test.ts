import { type CallRecord, STATUS_DETAILS } from "@antdash/antring-core";
import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { histogramBin, histogramBinWidth, insertCalls, rebuildRollups, toCallRow } from "@antdash/db";
import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { syncFromSimulator } from "../testing/simulator-sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CallFilter, type CallFilterInput, parseCallFilter } from "../calls/call-filter";
import { BREAKDOWN_DIMENSIONS } from "./breakdowns";
import { countMatchingCalls } from "./call-count";
import { ZERO_COUNTERS } from "./fact-aggregates";
import type { Counters } from "./output-schemas";
import { callDistribution, DISTRIBUTION_EDGES } from "./distribution";
import { callHeatmap } from "./heatmap";
import { inboundWaitDistribution } from "./wait-distribution";
import { callOverview } from "./overview";
import { analyzePeriods, rollupPlanFor, summarizeCalls } from "./summary";
import {
  agentRuleRecords,
  agentsOf,
  bucketLabel,
  countersOf,
  exactMedian,
  groupBy,
  localParts,
  matches,
} from "./testing/reference";
import { callTimeSeries, type TimeBucket } from "./time-series";
import { previousPeriod } from "./time-range";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 20, 10, 0, 0);
const FROM = NOW - 70 * DAY;
// Viewer zones: the deployment's, one at +05:30, and one at -03:30/-02:30 whose daylight saving ends in the range.
const ZONES = ["Asia/Ho_Chi_Minh", "Asia/Kolkata", "America/St_Johns"];

/** Filters on rollup dimensions only (read from rollups) and on raw-only criteria (read from the calls). */
const ROLLUP_FILTERS: Record<string, CallFilterInput> = {
  "everything synced": { from: new Date(FROM), to: new Date(NOW) },
  // 2026-10-01 .. 2026-11-19 local days in Asia/Ho_Chi_Minh: whole months, then whole days.
  "whole local months and days": { from: "2026-09-30T17:00:00Z", to: "2026-11-19T16:59:59.999Z" },
  "not hour-aligned": {
    from: new Date(FROM + 9 * DAY + 17 * MINUTE + 23_456),
    to: new Date(NOW - 3 * DAY - 5 * MINUTE),
  },
  "inside one hour": { from: "2026-11-10T02:10:00Z", to: "2026-11-10T02:40:00Z" },
  inbound: { from: new Date(FROM), to: new Date(NOW), direction: ["to_ab"] },
  "two statuses, one class": {
    from: new Date(FROM),
    to: new Date(NOW),
    status: ["BUSY", "CANCELLED"],
    callClass: ["trunking"],
  },
  "one DID, not hour-aligned": {
    from: new Date(FROM + 30 * MINUTE),
    to: new Date(NOW - 90 * MINUTE),
    did: ["02873019555"],
  },
  "one DID over two days": {
    from: new Date(NOW - 2 * DAY - 30 * MINUTE),
    to: new Date(NOW - HOUR),
    did: ["19006868"],
  },
  "one agent": { from: new Date(FROM + 5 * DAY + 7 * MINUTE), to: new Date(NOW), agent: ["thutran"] },
  "one agent, one DID": {
    from: new Date(FROM),
    to: new Date(NOW),
    agent: ["minhnguyen"],
    did: ["02473001234"],
  },
  "one agent, outbound internal": {
    from: new Date(FROM),
    to: new Date(NOW),
    agent: ["lanpham"],
    callClass: ["one_one"],
  },
};
const RAW_FILTERS: Record<string, CallFilterInput> = {
  "number search": { from: new Date(FROM), to: new Date(NOW), number: "09" },
  "duration range": {
    from: new Date(FROM),
    to: new Date(NOW),
    minDurationSeconds: 5,
    maxDurationSeconds: 90,
  },
  "recorded, inbound": { from: new Date(FROM), to: new Date(NOW), hasRecording: true, direction: ["to_ab"] },
  "two agents": { from: new Date(FROM), to: new Date(NOW), agent: ["thutran", "hoangle"] },
};
const ALL_FILTERS = { ...ROLLUP_FILTERS, ...RAW_FILTERS };

describe.each(testDatabaseModes())("analytics on %s", (mode) => {
  let sim: RunningSimulator;
  let db: TestDatabase;
  let upstream: CallRecord[];
  const expected = (filter: CallFilter) => upstream.filter((c) => matches(c, filter));

  beforeAll(async () => {
    sim = await startSimulator({ seed: 7, historyDays: 72, callsPerDay: 70, now: () => NOW });
    db = await openTestDatabase(mode);
    await syncFromSimulator(sim, { db, from: new Date(FROM), to: new Date(NOW), now: () => new Date(NOW) });
    // Calls on which readings of the agent rule disagree: the agent breakdowns and filters must follow the rule.
    const edge = agentRuleRecords(NOW - 2 * DAY);
    await insertCalls(
      db,
      edge.map((r, i) => toCallRow(r, `fp:agent-rule:${i}`, db.timeZone)),
    );
    upstream = [...sim.dataset.callsBetween(FROM, NOW), ...edge];
  });
  afterAll(async () => {
    await db.dispose();
    await sim.close();
  });

  it.each(Object.entries(ALL_FILTERS))("summarizes %s like the upstream records", async (_, input) => {
    const filter = parseCallFilter(input);
    const calls = expected(filter);
    expect(calls.length).toBeGreaterThan(0);
    const summary = await summarizeCalls(db, filter);
    expect(await countMatchingCalls(db, filter)).toBe(calls.length);
    const totals = countersOf(calls);
    expect(summary).toMatchObject({
      total: totals.calls,
      answered: totals.answered,
      abandoned: totals.abandoned,
      billingSeconds: totals.billingSeconds,
      durationSeconds: totals.durationSeconds,
      waitSeconds: totals.waitSeconds,
      answerRate: Math.round((totals.answered / totals.calls) * 10_000) / 10_000,
      avgWaitSeconds: Math.round((totals.waitSeconds / totals.calls) * 100) / 100,
    });
    const count = (key: (c: CallRecord) => string[]) =>
      Object.fromEntries([...groupBy(calls, key)].map(([k, v]) => [k, v.length]));
    expect(summary.byStatus).toEqual({ ...zeros(STATUS_DETAILS), ...count((c) => [c.status_detail]) });
    expect(summary.byDirection).toEqual({ from_ab: 0, to_ab: 0, ...count((c) => [c.direction]) });
    expect(summary.byClass).toEqual({ one_one: 0, trunking: 0, ...count((c) => [c.class]) });
    expect(summary.byDid).toEqual(count((c) => (c.did_number ? [c.did_number] : [])));
    // With agents in the filter, the agent breakdown lists those agents only.
    const agentsShown = (c: CallRecord) =>
      agentsOf(c).filter((a) => !filter.agent || filter.agent.includes(a));
    expect(summary.byAgent).toEqual(count(agentsShown));

    // Medians: exact when they fall in 1-second bins, otherwise within the bin of the exact value.
    const talk = exactMedian(
      calls.filter((c) => c.status_detail === "SUCCESS").map((c) => c.billing_seconds),
    );
    const wait = exactMedian(calls.map((c) => c.duration_seconds - c.billing_seconds));
    const approximate = summary.medianPrecision === "interpolated";
    expectMedian(summary.medianTalkSeconds, talk, approximate);
    expectMedian(summary.medianWaitSeconds, wait, approximate);
  });

  it.each(Object.entries(ROLLUP_FILTERS))(
    "gives identical results from rollups and raw calls: %s",
    async (_, input) => {
      const filter = parseCallFilter(input);
      const periods = [filter, previousPeriod(filter)];
      const plan = await rollupPlanFor(db, periods);
      expect(plan).not.toBeNull();
      expect(await analyzePeriods(db, periods, plan)).toEqual(await analyzePeriods(db, periods, null));
      for (const serviceLevelSeconds of [20, 7]) {
        expect(await inboundWaitDistribution(db, filter, { serviceLevelSeconds }, plan)).toEqual(
          await inboundWaitDistribution(db, filter, { serviceLevelSeconds }, null),
        );
      }
      expect(await callDistribution(db, filter, plan)).toEqual(await callDistribution(db, filter, null));
      for (const timeZone of ZONES) {
        expect(await callHeatmap(db, filter, { timeZone }, plan)).toEqual(
          await callHeatmap(db, filter, { timeZone }, null),
        );
        for (const bucket of ["day", "week"] as const) {
          const options = { timeZone, bucket };
          expect(await callTimeSeries(db, filter, options, plan)).toEqual(
            await callTimeSeries(db, filter, options, null),
          );
        }
      }
    },
  );

  it.each(Object.entries(ALL_FILTERS))(
    "breaks %s down by every dimension like the upstream records",
    async (_, input) => {
      const filter = parseCallFilter(input);
      const calls = expected(filter);
      const [{ breakdowns }] = (await analyzePeriods(db, [filter])) as [
        Awaited<ReturnType<typeof analyzePeriods>>[0],
      ];
      const keysOf = {
        direction: (c: CallRecord) => [c.direction],
        status: (c: CallRecord) => [c.status_detail],
        class: (c: CallRecord) => [c.class],
        did: (c: CallRecord) => (c.did_number ? [c.did_number] : []),
        agent: (c: CallRecord) => agentsOf(c).filter((a) => !filter.agent || filter.agent.includes(a)),
      };
      for (const dimension of BREAKDOWN_DIMENSIONS) {
        const rows = breakdowns[dimension].filter((row) => row.calls > 0);
        const reference = [...groupBy(calls, keysOf[dimension])].map(([key, group]) => ({
          key,
          ...countersOf(group),
        }));
        // Every counter, the inbound and outbound ones (for an agent: the calls that rang them, or they placed) too.
        expect(
          rows.map((row) => ({ ...pick(row, "key", ...(Object.keys(ZERO_COUNTERS) as (keyof Counters)[])) })),
        ).toEqual(reference.sort((a, b) => b.calls - a.calls || a.key.localeCompare(b.key)));
      }
    },
  );

  const seriesCases: [string, TimeBucket, string][] = [];
  for (const timeZone of ZONES) {
    seriesCases.push(["everything synced", "day", timeZone], ["everything synced", "week", timeZone]);
    seriesCases.push(["not hour-aligned", "month", timeZone], ["one agent", "day", timeZone]);
    seriesCases.push(["inside one hour", "hour", timeZone], ["number search", "week", timeZone]);
  }
  seriesCases.push(
    ["one DID over two days", "hour", "Asia/Ho_Chi_Minh"],
    ["one DID over two days", "hour", "Asia/Kolkata"],
  );

  it.each(seriesCases)("counts %s per %s in %s like the upstream records", async (name, bucket, timeZone) => {
    const filter = parseCallFilter(ALL_FILTERS[name]);
    const calls = expected(filter);
    const series = await callTimeSeries(db, filter, { timeZone, bucket });
    const reference = groupBy(calls, (c) => [bucketLabel(c.unix_timestamp * 1000, bucket, timeZone)]);
    const byLabel = new Map<string, Record<string, number>>();
    for (const point of series.points) {
      const sum = byLabel.get(point.label) ?? zeros(STATUS_DETAILS);
      for (const status of STATUS_DETAILS) sum[status]! += point.byStatus[status];
      byLabel.set(point.label, sum);
      expect(point.total).toBe(STATUS_DETAILS.reduce((s, st) => s + point.byStatus[st], 0));
      expect(Date.parse(point.from)).toBeGreaterThanOrEqual(filter.from.getTime());
      expect(Date.parse(point.to)).toBeLessThanOrEqual(filter.to.getTime());
    }
    for (const [label, group] of reference) {
      expect(byLabel.get(label), label).toEqual({
        ...zeros(STATUS_DETAILS),
        ...countBy(group, (c) => c.status_detail),
      });
    }
    const counted = [...byLabel.values()].reduce(
      (s, v) => s + Object.values(v).reduce((a, b) => a + b, 0),
      0,
    );
    expect(counted).toBe(calls.length);
    // Buckets are contiguous and in order: each starts where the previous ended (or at the filter's start).
    series.points
      .slice(1)
      .forEach((point, i) => expect(Date.parse(point.from)).toBe(Date.parse(series.points[i]!.to) + 1));
  });

  it.each(ZONES)("draws the hour x weekday heatmap in %s like the upstream records", async (timeZone) => {
    for (const name of ["everything synced", "not hour-aligned", "one agent", "duration range"]) {
      const filter = parseCallFilter(ALL_FILTERS[name]);
      const calls = expected(filter);
      const { cells, weekdayDays } = await callHeatmap(db, filter, { timeZone });
      expect(cells).toHaveLength(168);
      const missed = await callHeatmap(db, filter, { timeZone, mode: "inboundMissed" });
      const answerRate = await callHeatmap(db, filter, { timeZone, mode: "inboundAnswerRate" });
      const reference = groupBy(calls, (c) => {
        const { weekday, hour } = localParts(c.unix_timestamp * 1000, timeZone);
        return [`${weekday}/${hour}`];
      });
      cells.forEach((cell, i) => {
        const group = reference.get(`${cell.weekday}/${cell.hour}`) ?? [];
        const counters = countersOf(group);
        const days = weekdayDays[cell.weekday]!;
        expect(days).toBeGreaterThan(0);
        expect(cell).toEqual({
          weekday: cell.weekday,
          hour: cell.hour,
          ...pick(counters, "calls", "answered", "inboundOffered", "inboundAnswered"),
          // Per day of that weekday in the range, not summed over them.
          value: Math.round((counters.calls / days) * 100) / 100,
        });
        const missedPerDay = (counters.inboundOffered - counters.inboundAnswered) / days;
        expect(missed.cells[i]!.value).toBe(Math.round(missedPerDay * 100) / 100);
        const rate = counters.inboundOffered ? counters.inboundAnswered / counters.inboundOffered : null;
        expect(answerRate.cells[i]!.value).toBe(rate === null ? null : Math.round(rate * 10_000) / 10_000);
      });
    }
  });

  it("counts inbound answered and abandoned calls per wait bucket like the upstream records", async () => {
    for (const name of ["everything synced", "one agent", "not hour-aligned"]) {
      const filter = parseCallFilter(ALL_FILTERS[name]);
      const inbound = expected(filter).filter((c) => c.class === "trunking" && c.direction === "to_ab");
      const { buckets, serviceLevelSeconds } = await inboundWaitDistribution(db, filter, {
        serviceLevelSeconds: 17,
      });
      expect(serviceLevelSeconds).toBe(17);
      // The threshold is a bucket's end, and the buckets up to it are marked.
      expect(buckets.filter((b) => b.withinServiceLevel).at(-1)!.maxSeconds).toBe(17);
      for (const b of buckets) {
        const inBucket = (c: CallRecord) => {
          const wait = c.duration_seconds - c.billing_seconds;
          return wait >= b.minSeconds && (b.maxSeconds === null || wait <= b.maxSeconds);
        };
        expect(b.answered).toBe(inbound.filter((c) => c.status_detail === "SUCCESS" && inBucket(c)).length);
        expect(b.abandoned).toBe(
          inbound.filter((c) => c.status_detail === "CANCELLED" && inBucket(c)).length,
        );
      }
      expect(buckets.reduce((n, b) => n + b.answered, 0)).toBeGreaterThan(0);
    }
  });

  it("bins billing against duration like the upstream records", async () => {
    for (const name of ["everything synced", "not hour-aligned", "one agent", "recorded, inbound"]) {
      const filter = parseCallFilter(ALL_FILTERS[name]);
      const { cells, edges } = await callDistribution(db, filter);
      expect(edges).toEqual([...DISTRIBUTION_EDGES]);
      const binOf = (seconds: number) => DISTRIBUTION_EDGES.findLastIndex((edge) => seconds >= edge);
      const reference = countBy(
        expected(filter),
        (c) => `${binOf(c.billing_seconds)}/${binOf(c.duration_seconds)}`,
      );
      const got = Object.fromEntries(
        cells.map((cell) => [
          `${DISTRIBUTION_EDGES.indexOf(cell.billingFrom as never)}/${DISTRIBUTION_EDGES.indexOf(cell.durationFrom as never)}`,
          cell.calls,
        ]),
      );
      expect(got).toEqual(reference);
    }
  });

  // The overview resolves a number search once for both periods and the series: its numbers must be those of
  // analyzePeriods and callTimeSeries called alone, and of the upstream records.
  it.each([
    ["whole local months and days", ROLLUP_FILTERS["whole local months and days"]!],
    ["a number search", { ...RAW_FILTERS["number search"]!, from: new Date(NOW - 20 * DAY) }],
  ])("puts summary, previous period, breakdowns and series in one overview: %s", async (_, input) => {
    const filter = parseCallFilter(input);
    const overview = await callOverview(db, filter, { timeZone: "Asia/Ho_Chi_Minh" });
    const [current, previous] = await analyzePeriods(db, [filter, previousPeriod(filter)]);
    expect(overview.summary).toEqual(current!.summary);
    expect(overview.summary.total).toBe(expected(filter).length);
    expect(overview.previous).toEqual(previous!.summary);
    expect(overview.previous.total).toBe(expected(previousPeriod(filter)).length);
    expect(overview.previous.total).toBeGreaterThan(0);
    expect(overview.breakdowns).toEqual(current!.breakdowns);
    expect(overview.timeSeries.bucket).toBe("day");
    expect(overview.timeSeries).toEqual(
      await callTimeSeries(db, filter, { timeZone: "Asia/Ho_Chi_Minh", bucket: "day" }),
    );
  });

  // Last: they change the rollups' zone. St John's days start at 02:30 or 03:30 UTC, in the simulated company's
  // busiest hours (so a segment bound that is off shows), mid-hour (days end inside an hourly rollup row), and
  // one of them lasts 25 hours; Kolkata's at 18:30 UTC.
  it.each(["America/St_Johns", "Asia/Kolkata"])(
    "stays exact when the rollups' days and months are %s's",
    async (zone) => {
      await rebuildRollups(db, { timeZone: zone });
      for (const input of Object.values(ROLLUP_FILTERS)) {
        const filter = parseCallFilter(input);
        const periods = [filter, previousPeriod(filter)];
        const plan = await rollupPlanFor(db, periods);
        expect(plan!.zone).toBe(zone);
        const fromRollups = await analyzePeriods(db, periods, plan);
        expect(fromRollups).toEqual(await analyzePeriods(db, periods, null));
        expect(fromRollups[0]!.summary.total).toBe(expected(filter).length);
        expect(fromRollups[1]!.summary.total).toBe(expected(periods[1]!).length);
        for (const bucket of ["day", "month"] as const) {
          const options = { timeZone: zone, bucket };
          expect(await callTimeSeries(db, filter, options, plan)).toEqual(
            await callTimeSeries(db, filter, options, null),
          );
        }
      }
    },
  );
});

function zeros(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, object[k]])) as Pick<T, K>;
}

/** An approximate median lies within the bin of the exact one (interpolated inside it); an exact one equals it. */
function expectMedian(actual: number, exact: number, approximate: boolean): void {
  const bin = histogramBin(Math.floor(exact));
  const width = histogramBinWidth(bin) ?? Infinity;
  if (!approximate) expect(actual).toBe(exact);
  else expect(Math.abs(actual - exact)).toBeLessThanOrEqual(width);
}
