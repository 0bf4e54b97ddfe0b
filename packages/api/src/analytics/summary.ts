import type { CallClass, Direction, StatusDetail } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { type BreakdownRow, type Breakdowns, countPeriods, withKpis } from "./breakdowns";
import { DEFAULT_KPI_SETTINGS } from "../admin/settings";
import { kpiCountsOf } from "./kpi-counts";
import { type CallKpis, kpisFromCounts, type KpiThresholds, outboundAvgTalkSeconds } from "./kpis";
import { mediansOf } from "./medians";
import { loadRollupPlan, type RollupPlan } from "./rollup-plan";
import { usesRawOnlyCriteria } from "./routing";
import { rangeOf } from "./time-range";

/** The KPI summary shown on the dashboard and printed by `pnpm cli report` (one implementation for both). */
export interface CallSummary {
  from: string;
  to: string;
  total: number;
  byDirection: Record<Direction, number>;
  byStatus: Record<StatusDetail, number>;
  byClass: Record<CallClass, number>;
  /** DID -> calls, most calls first; calls without a DID are left out. */
  byDid: Record<string, number>;
  /**
   * Agent username -> calls they took part in (an internal call counts for both agents), most calls first. With
   * agents in the filter, those agents only.
   */
  byAgent: Record<string, number>;
  /** Calls with status SUCCESS. */
  answered: number;
  /** answered / total, 0..1 (0 when there are no calls). */
  answerRate: number;
  /** Calls the caller abandoned before an answer (CANCELLED). */
  abandoned: number;
  billingSeconds: number;
  durationSeconds: number;
  /** Sum of duration − billing: ringing, IVR and queue time. */
  waitSeconds: number;
  /** Average talk time of answered calls. */
  avgTalkSeconds: number;
  /** Median talk time of answered calls. */
  medianTalkSeconds: number;
  /** Average of duration − billing over all calls. */
  avgWaitSeconds: number;
  medianWaitSeconds: number;
  /**
   * How exact the medians are: they come from binned counts, exact up to 124 s (1-second bins) and
   * "interpolated" inside a wider bin above (within that bin: 5 s wide up to 3 min, 15 s up to 10 min...). A
   * string rather than a boolean so the flat exports (CSV rows of metric, value) print it as it is.
   */
  medianPrecision: MedianPrecision;
  /**
   * The call-center KPIs by direction (kpis.ts: inbound service level, speed of answer, abandonment; outbound
   * results; internal calls), with the thresholds they were computed with. The fields above blend every kind of
   * call; these do not.
   */
  kpis: CallKpis;
  /** Average talk (billing) seconds of connected outbound calls; null when none connected. Not one of the KPIs. */
  outboundAvgTalkSeconds: number | null;
}

export const MEDIAN_PRECISIONS = ["exact", "interpolated"] as const;
export type MedianPrecision = (typeof MEDIAN_PRECISIONS)[number];

/** A period's summary and its breakdowns (rows with KPIs per direction, status, class, DID and agent). */
export interface PeriodAnalysis {
  summary: CallSummary;
  breakdowns: Breakdowns;
}

/** The rollup plan for these filters' ranges, or null when nothing can be read from the rollups. */
export async function rollupPlanFor(
  db: Database,
  filters: readonly CallFilter[],
): Promise<RollupPlan | null> {
  const first = filters[0];
  if (!first || usesRawOnlyCriteria(first)) return null;
  return loadRollupPlan(db, filters.map(rangeOf));
}

/**
 * Summaries and breakdowns of several periods with the same criteria (e.g. a range and the one before it), read
 * in the same few queries. `plan` must cover their ranges (rollupPlanFor); it is loaded when not given. `kpi`: the
 * KPI thresholds (the admin settings' kpi; the contract's defaults when not given).
 */
export async function analyzePeriods(
  db: Database,
  filters: readonly CallFilter[],
  plan?: RollupPlan | null,
  kpi: KpiThresholds = DEFAULT_KPI_SETTINGS,
): Promise<PeriodAnalysis[]> {
  const rollups = plan === undefined ? await rollupPlanFor(db, filters) : plan;
  const [counts, medians, kpiCounts] = await Promise.all([
    countPeriods(db, filters, rollups),
    mediansOf(db, filters, rollups),
    kpiCountsOf(db, filters, rollups, kpi),
  ]);
  return filters.map((filter, p) => {
    const { totals, breakdowns } = counts[p]!;
    const { talkSeconds, waitSeconds, approximate } = medians[p]!;
    const all = breakdowns as Breakdowns;
    const kpis = withKpis("", totals);
    return {
      breakdowns: all,
      summary: {
        from: filter.from.toISOString(),
        to: filter.to.toISOString(),
        total: totals.calls,
        byDirection: countsOf(all.direction) as Record<Direction, number>,
        byStatus: countsOf(all.status) as Record<StatusDetail, number>,
        byClass: countsOf(all.class) as Record<CallClass, number>,
        byDid: countsOf(all.did),
        byAgent: countsOf(all.agent),
        answered: totals.answered,
        answerRate: kpis.answerRate,
        abandoned: totals.abandoned,
        billingSeconds: totals.billingSeconds,
        durationSeconds: totals.durationSeconds,
        waitSeconds: totals.waitSeconds,
        avgTalkSeconds: kpis.avgTalkSeconds,
        medianTalkSeconds: talkSeconds,
        avgWaitSeconds: kpis.avgWaitSeconds,
        medianWaitSeconds: waitSeconds,
        medianPrecision: approximate ? "interpolated" : "exact",
        kpis: kpisFromCounts(kpiCounts[p]!, kpi),
        outboundAvgTalkSeconds: outboundAvgTalkSeconds(kpiCounts[p]!),
      },
    };
  });
}

/** The summary and every breakdown of one filter: what `pnpm cli report` prints, from the API's own functions. */
export async function analyzeCalls(
  db: Database,
  filter: CallFilter,
  kpi: KpiThresholds = DEFAULT_KPI_SETTINGS,
): Promise<PeriodAnalysis> {
  const [analysis] = await analyzePeriods(db, [filter], undefined, kpi);
  return analysis!;
}

/** The KPI summary (analytics.summary). */
export async function summarizeCalls(
  db: Database,
  filter: CallFilter,
  kpi: KpiThresholds = DEFAULT_KPI_SETTINGS,
): Promise<CallSummary> {
  return (await analyzeCalls(db, filter, kpi)).summary;
}

/** Breakdown rows (already ordered) as key -> calls. */
const countsOf = (rows: readonly BreakdownRow[]) =>
  Object.fromEntries(rows.map((row) => [row.key, row.calls]));
