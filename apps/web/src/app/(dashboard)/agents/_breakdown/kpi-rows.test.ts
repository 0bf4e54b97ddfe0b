import { describe, expect, it } from "vitest";
import { type BreakdownRow, type CallSummary, kpiRows, remainderRow, totalRow } from "./kpi-rows";

function row(
  key: string,
  calls: number,
  answered: number,
  billingSeconds: number,
  waitSeconds: number,
): BreakdownRow {
  return {
    key,
    calls,
    answered,
    abandoned: 1,
    billingSeconds,
    durationSeconds: billingSeconds + waitSeconds,
    waitSeconds,
    answerRate: calls ? answered / calls : 0,
    avgTalkSeconds: answered ? billingSeconds / answered : 0,
    avgWaitSeconds: calls ? waitSeconds / calls : 0,
  };
}

const summary = {
  total: 20,
  answered: 12,
  abandoned: 3,
  billingSeconds: 1_000,
  waitSeconds: 200,
  byDirection: { to_ab: 14, from_ab: 6 },
} as unknown as CallSummary;

describe("kpiRows", () => {
  it("splits each row into inbound and outbound and adds its trend", () => {
    const rows = kpiRows(
      [row("028", 10, 8, 800, 100), row("024", 4, 2, 100, 40)],
      [row("028", 7, 6, 0, 0)],
      new Map([["028", [4, 6]]]),
      2,
    );
    expect(rows[0]).toMatchObject({
      key: "028",
      calls: 10,
      inbound: 7,
      outbound: 3,
      missed: 2,
      answerRate: 0.8,
    });
    expect(rows[0]!.avgTalkSeconds).toBe(100);
    expect(rows[0]!.avgWaitSeconds).toBe(10);
    expect(rows[1]).toMatchObject({ key: "024", inbound: 0, outbound: 4, trend: [0, 0] });
  });

  it("drops rows without calls and leaves trends unknown while they load", () => {
    const rows = kpiRows([row("028", 10, 8, 800, 100), row("024", 0, 0, 0, 0)], undefined, null, 3);
    expect(rows.map((r) => r.key)).toEqual(["028"]);
    expect(rows[0]!.trend).toBeNull();
  });
});

describe("totalRow and remainderRow", () => {
  it("the remainder is what the rows leave of the total, so rows and remainder add up to it", () => {
    const rows = kpiRows(
      [row("028", 10, 8, 800, 100), row("024", 4, 2, 100, 40)],
      [row("028", 10, 8, 0, 0), row("024", 4, 2, 0, 0)],
      new Map([
        ["028", [4, 6]],
        ["024", [1, 3]],
      ]),
      2,
    );
    const total = totalRow(summary, [9, 11]);
    const rest = remainderRow(summary, rows, total.trend);
    expect(total).toMatchObject({ calls: 20, inbound: 14, outbound: 6, answered: 12, missed: 8 });
    expect(rest).toMatchObject({
      calls: 6,
      inbound: 0,
      outbound: 6,
      answered: 2,
      abandoned: 1,
      totalTalkSeconds: 100,
      trend: [4, 2],
    });
    expect(rest.avgWaitSeconds).toBeCloseTo(60 / 6);
    expect(rows.reduce((sum, r) => sum + r.calls, rest.calls)).toBe(total.calls);
  });
});
