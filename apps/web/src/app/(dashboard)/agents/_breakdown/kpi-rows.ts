import type { RouterOutputs } from "@antdash/api";

export type BreakdownRow = RouterOutputs["analytics"]["breakdown"]["rows"][number];
export type CallSummary = RouterOutputs["analytics"]["summary"];

/** What a row of the agents or DIDs table shows. */
export interface KpiRow {
  key: string;
  calls: number;
  inbound: number;
  outbound: number;
  answered: number;
  answerRate: number;
  /** Calls not answered (every status but SUCCESS). */
  missed: number;
  /** The caller hung up before an answer (CANCELLED). */
  abandoned: number;
  avgTalkSeconds: number;
  totalTalkSeconds: number;
  avgWaitSeconds: number;
  totalWaitSeconds: number;
  /** Calls per trend window, or null while loading or unavailable. */
  trend: number[] | null;
}

interface Counters {
  calls: number;
  inbound: number;
  answered: number;
  abandoned: number;
  billingSeconds: number;
  waitSeconds: number;
}

/** The table's KPIs from summable counters (the same arithmetic as the API's breakdown rows). */
export function kpiRow(key: string, c: Counters, trend: number[] | null): KpiRow {
  return {
    key,
    calls: c.calls,
    inbound: c.inbound,
    outbound: c.calls - c.inbound,
    answered: c.answered,
    answerRate: c.calls ? c.answered / c.calls : 0,
    missed: c.calls - c.answered,
    abandoned: c.abandoned,
    avgTalkSeconds: c.answered ? c.billingSeconds / c.answered : 0,
    totalTalkSeconds: c.billingSeconds,
    avgWaitSeconds: c.calls ? c.waitSeconds / c.calls : 0,
    totalWaitSeconds: c.waitSeconds,
    trend,
  };
}

/**
 * The table rows: each breakdown row with its inbound count (from the same breakdown limited to inbound calls;
 * every call, and every agent's share of one, has exactly one direction, so outbound is the rest) and its trend.
 */
export function kpiRows(
  rows: readonly BreakdownRow[],
  inboundRows: readonly BreakdownRow[] | undefined,
  trends: Map<string, number[]> | null,
  windowCount: number,
): KpiRow[] {
  const inbound = new Map(inboundRows?.map((row) => [row.key, row.calls]));
  return rows
    .filter((row) => row.calls > 0)
    .map((row) =>
      kpiRow(
        row.key,
        { ...row, inbound: inbound.get(row.key) ?? 0 },
        trends ? (trends.get(row.key) ?? new Array<number>(windowCount).fill(0)) : null,
      ),
    );
}

/** The whole period's KPIs, from the summary of the same filter. */
export function totalRow(summary: CallSummary, trend: number[] | null): KpiRow {
  return kpiRow("", { ...summary, calls: summary.total, inbound: summary.byDirection.to_ab ?? 0 }, trend);
}

/**
 * The calls of the period that belong to no row: total minus the rows. Only meaningful when every call counts in
 * at most one row (DIDs; not agents, where an internal call counts for both of its agents).
 */
export function remainderRow(
  summary: CallSummary,
  rows: readonly KpiRow[],
  totalTrend: number[] | null,
): KpiRow {
  const sum = (pick: (row: KpiRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return kpiRow(
    "",
    {
      calls: summary.total - sum((r) => r.calls),
      inbound: (summary.byDirection.to_ab ?? 0) - sum((r) => r.inbound),
      answered: summary.answered - sum((r) => r.answered),
      abandoned: summary.abandoned - sum((r) => r.abandoned),
      billingSeconds: summary.billingSeconds - sum((r) => r.totalTalkSeconds),
      waitSeconds: summary.waitSeconds - sum((r) => r.totalWaitSeconds),
    },
    totalTrend && rows.every((row) => row.trend)
      ? totalTrend.map((value, i) => value - sum((r) => r.trend![i] ?? 0))
      : null,
  );
}
