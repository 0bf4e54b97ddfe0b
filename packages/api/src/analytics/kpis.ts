import type { KpiSettings } from "../admin/settings";
import type { CallKpis } from "./output-schemas";

/**
 * The call-center KPIs (issue 12's definitions; the glossary in kpi-glossary.ts explains them to people). This file
 * is the one place their formulas live: every screen, `pnpm cli report` and the exports call kpisFromCounts over
 * counts read by kpi-counts.ts (rollups, or raw calls when the filter needs them).
 *
 * - Inbound = class trunking and direction to_ab; outbound = trunking and from_ab; internal = class one_one.
 * - wait = duration_seconds − billing_seconds. AntRing gives no queue-entry time, so it includes ringing and IVR.
 * - A rate or mean whose denominator is 0 is null ("—"), never 0.
 */

/** The thresholds a KPI computation uses (whole seconds; see kpiSettingsSchema). */
export type KpiThresholds = Pick<KpiSettings, "serviceLevelSeconds" | "shortAbandonSeconds">;

/** Sums over the calls of a period, all that the KPIs need (exact counts, no binning left in them). */
export interface KpiCounts {
  inbound: {
    offered: number;
    answered: number;
    abandoned: number;
    /** Abandoned with duration_seconds <= shortAbandonSeconds. */
    shortAbandoned: number;
    /** Answered with wait <= serviceLevelSeconds. */
    answeredWithinServiceLevel: number;
    /** Sum of the waits of answered inbound calls. */
    answeredWaitSeconds: number;
    /** Sum of duration_seconds of abandoned inbound calls. */
    abandonedDurationSeconds: number;
  };
  outbound: {
    attempts: number;
    connected: number;
    busy: number;
    /** Sum of billing_seconds of connected outbound calls. */
    connectedTalkSeconds: number;
  };
  internal: { calls: number };
}

export const ZERO_KPI_COUNTS: KpiCounts = {
  inbound: {
    offered: 0,
    answered: 0,
    abandoned: 0,
    shortAbandoned: 0,
    answeredWithinServiceLevel: 0,
    answeredWaitSeconds: 0,
    abandonedDurationSeconds: 0,
  },
  outbound: { attempts: 0, connected: 0, busy: 0, connectedTalkSeconds: 0 },
  internal: { calls: 0 },
};

/** A ratio rounded to 4 decimals (0.0001 = 0.01 %), or null when there is nothing to divide by. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null;
}

/** A mean in seconds rounded to 2 decimals, or null when there is nothing to average. */
export function mean(sum: number, count: number): number | null {
  return count > 0 ? Math.round((sum / count) * 100) / 100 : null;
}

export function kpisFromCounts(counts: KpiCounts, thresholds: KpiThresholds): CallKpis {
  const { inbound: i, outbound: o } = counts;
  const counted = i.offered - i.shortAbandoned;
  return {
    inbound: {
      offered: i.offered,
      answered: i.answered,
      missed: i.offered - i.answered,
      abandoned: i.abandoned,
      shortAbandoned: i.shortAbandoned,
      answerRate: rate(i.answered, i.offered),
      abandonRate: rate(i.abandoned - i.shortAbandoned, counted),
      serviceLevel: rate(i.answeredWithinServiceLevel, counted),
      serviceLevelSeconds: thresholds.serviceLevelSeconds,
      asaSeconds: mean(i.answeredWaitSeconds, i.answered),
      avgAbandonWaitSeconds: mean(i.abandonedDurationSeconds, i.abandoned),
    },
    outbound: {
      attempts: o.attempts,
      connected: o.connected,
      connectRate: rate(o.connected, o.attempts),
      busy: o.busy,
    },
    internal: { calls: counts.internal.calls },
  };
}

/** Average talk (billing) seconds of connected outbound calls: shown beside the KPIs, not one of them. */
export function outboundAvgTalkSeconds(counts: KpiCounts): number | null {
  return mean(counts.outbound.connectedTalkSeconds, counts.outbound.connected);
}

/** Which side of the KPIs a call is on, from its class and direction. */
export type CallKind = "inbound" | "outbound" | "internal";

export function callKindOf(callClass: string, direction: string): CallKind | null {
  if (callClass === "one_one") return "internal";
  if (callClass === "trunking")
    return direction === "to_ab" ? "inbound" : direction === "from_ab" ? "outbound" : null;
  return null;
}

/** The fact columns that tell the kinds apart: a rollup tier without them cannot count by kind. */
export const KIND_COLUMNS = ["class", "direction"] as const;

/** SQL conditions for each kind over columns named class and direction (the one place they are spelled in SQL). */
export const KIND_SQL: Record<CallKind, string> = {
  inbound: `class = 'trunking' AND direction = 'to_ab'`,
  outbound: `class = 'trunking' AND direction = 'from_ab'`,
  internal: `class = 'one_one'`,
};
