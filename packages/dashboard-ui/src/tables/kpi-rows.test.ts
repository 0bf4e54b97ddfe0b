import { describe, expect, it } from "vitest";
import { type BreakdownRow, type CallSummary, kpiRows, remainderRow, totalRow } from "./kpi-rows";

/** A breakdown row: inbound offered/answered, outbound attempts/connected, talk seconds. */
function row(key: string, inbound: [number, number], outbound: [number, number], billingSeconds: number) {
  const [offered, inboundAnswered] = inbound;
  const [attempts, connected] = outbound;
  return {
    key,
    calls: offered + attempts,
    answered: inboundAnswered + connected,
    billingSeconds,
    inboundOffered: offered,
    inboundAnswered,
    inboundMissed: offered - inboundAnswered,
    outboundAttempts: attempts,
    outboundConnected: connected,
  } as unknown as BreakdownRow;
}

const summary = {
  total: 20,
  answered: 12,
  billingSeconds: 1_000,
  kpis: {
    inbound: { offered: 14, answered: 10, missed: 4 },
    outbound: { attempts: 6, connected: 2 },
    internal: { calls: 0 },
  },
} as unknown as CallSummary;

describe("kpiRows", () => {
  it("keeps inbound and outbound work apart and adds each row's trend", () => {
    const rows = kpiRows(
      [row("028", [7, 6], [3, 2], 800), row("024", [0, 0], [4, 0], 0)],
      new Map([["028", [4, 6]]]),
      2,
    );
    expect(rows[0]).toMatchObject({
      key: "028",
      calls: 10,
      inboundOffered: 7,
      inboundAnswered: 6,
      inboundMissed: 1,
      outboundAttempts: 3,
      trend: [4, 6],
    });
    expect(rows[0]!.outboundConnectRate).toBeCloseTo(2 / 3);
    expect(rows[0]!.avgTalkSeconds).toBe(100);
    // No answered call: no average talk; outbound attempts but none connected: a rate of 0, not "—".
    expect(rows[1]).toMatchObject({ avgTalkSeconds: null, outboundConnectRate: 0, trend: [0, 0] });
  });

  it("has no connect rate without outbound calls, drops rows without calls, leaves trends unknown while loading", () => {
    const rows = kpiRows([row("028", [5, 5], [0, 0], 50), row("024", [0, 0], [0, 0], 0)], null, 3);
    expect(rows.map((r) => r.key)).toEqual(["028"]);
    expect(rows[0]!.outboundConnectRate).toBeNull();
    expect(rows[0]!.trend).toBeNull();
  });
});

describe("totalRow and remainderRow", () => {
  it("the total is the summary's KPIs; the remainder is what the rows leave of it", () => {
    const rows = kpiRows(
      [row("028", [10, 8], [0, 0], 800), row("024", [4, 2], [0, 0], 100)],
      new Map([
        ["028", [4, 6]],
        ["024", [1, 3]],
      ]),
      2,
    );
    const total = totalRow(summary, [9, 11]);
    const rest = remainderRow(summary, rows, total.trend);
    expect(total).toMatchObject({
      calls: 20,
      inboundOffered: 14,
      inboundAnswered: 10,
      inboundMissed: 4,
      outboundAttempts: 6,
    });
    expect(total.outboundConnectRate).toBeCloseTo(2 / 6);
    expect(rest).toMatchObject({
      calls: 6,
      inboundOffered: 0,
      inboundAnswered: 0,
      outboundAttempts: 6,
      totalTalkSeconds: 100,
      trend: [4, 2],
    });
    expect(rest.avgTalkSeconds).toBe(50); // 100 s over the 2 answered calls the rows leave
    expect(rows.reduce((sum, r) => sum + r.calls, rest.calls)).toBe(total.calls);
  });
});
