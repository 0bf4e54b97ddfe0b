import type { BreakdownRow, CallSummary } from "@antdash/api";

export type { BreakdownRow, CallSummary };

/** What a row of the agents or DIDs table shows: inbound and outbound work apart (issue 12's definitions). */
export interface KpiRow {
  key: string;
  calls: number;
  inboundOffered: number;
  inboundAnswered: number;
  /** Inbound calls not answered; for an agent, those that rang them, as far as the history tells. */
  inboundMissed: number;
  outboundAttempts: number;
  outboundConnected: number;
  /** outboundConnected / outboundAttempts, 0..1; null without outbound calls. */
  outboundConnectRate: number | null;
  /** Talk seconds per answered call (any direction). */
  avgTalkSeconds: number | null;
  totalTalkSeconds: number;
  /** Answered calls of any direction (the average talk's denominator). */
  answered: number;
  /** Calls per trend window, or null while loading or unavailable. */
  trend: number[] | null;
}

/** The summable counters behind a row: its counts, and the talk seconds its averages divide. */
type Counters = Pick<
  KpiRow,
  | "calls"
  | "inboundOffered"
  | "inboundAnswered"
  | "inboundMissed"
  | "outboundAttempts"
  | "outboundConnected"
  | "answered"
> & { billingSeconds: number };

/** The table's KPIs from summable counters (the same arithmetic as the API's breakdown rows). */
export function kpiRow(key: string, c: Counters, trend: number[] | null): KpiRow {
  return {
    key,
    calls: c.calls,
    inboundOffered: c.inboundOffered,
    inboundAnswered: c.inboundAnswered,
    inboundMissed: c.inboundMissed,
    outboundAttempts: c.outboundAttempts,
    outboundConnected: c.outboundConnected,
    outboundConnectRate: c.outboundAttempts ? c.outboundConnected / c.outboundAttempts : null,
    avgTalkSeconds: c.answered ? c.billingSeconds / c.answered : null,
    totalTalkSeconds: c.billingSeconds,
    answered: c.answered,
    trend,
  };
}

/** The table rows: each breakdown row with its trend. */
export function kpiRows(
  rows: readonly BreakdownRow[],
  trends: Map<string, number[]> | null,
  windowCount: number,
): KpiRow[] {
  return rows
    .filter((row) => row.calls > 0)
    .map((row) =>
      kpiRow(row.key, row, trends ? (trends.get(row.key) ?? new Array<number>(windowCount).fill(0)) : null),
    );
}

/** The whole period's KPIs, from the summary of the same filter. */
export function totalRow(summary: CallSummary, trend: number[] | null): KpiRow {
  const { inbound, outbound } = summary.kpis;
  return kpiRow(
    "",
    {
      calls: summary.total,
      inboundOffered: inbound.offered,
      inboundAnswered: inbound.answered,
      inboundMissed: inbound.missed,
      outboundAttempts: outbound.attempts,
      outboundConnected: outbound.connected,
      answered: summary.answered,
      billingSeconds: summary.billingSeconds,
    },
    trend,
  );
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
      inboundOffered: summary.kpis.inbound.offered - sum((r) => r.inboundOffered),
      inboundAnswered: summary.kpis.inbound.answered - sum((r) => r.inboundAnswered),
      inboundMissed: summary.kpis.inbound.missed - sum((r) => r.inboundMissed),
      outboundAttempts: summary.kpis.outbound.attempts - sum((r) => r.outboundAttempts),
      outboundConnected: summary.kpis.outbound.connected - sum((r) => r.outboundConnected),
      answered: summary.answered - sum((r) => r.answered),
      billingSeconds: summary.billingSeconds - sum((r) => r.totalTalkSeconds),
    },
    totalTrend && rows.every((row) => row.trend)
      ? totalTrend.map((value, i) => value - sum((r) => r.trend![i] ?? 0))
      : null,
  );
}
