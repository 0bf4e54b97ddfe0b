import type { CallClass, Direction, StatusDetail } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import type { ResolvableFilter } from "../calls/call-where";
import { withNumberSearchResolved } from "../calls/matched-calls";
import { countPeriods, withKpis } from "./breakdowns";
import { DEFAULT_KPI_SETTINGS } from "../admin/settings";
import { kpiCountsOf } from "./kpi-counts";
import { kpisFromCounts, type KpiThresholds, outboundAvgTalkSeconds } from "./kpis";
import type { BreakdownRow, Breakdowns, CallSummary } from "./output-schemas";
import { mediansOf } from "./medians";
import { loadRollupPlan, type RollupPlan } from "./rollup-plan";
import { usesRawOnlyCriteria } from "./routing";
import { rangeOf } from "./time-range";

export const MEDIAN_PRECISIONS = ["exact", "interpolated"] as const;

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
  // A number search finds its calls once for the four statements (see withNumberSearchResolved).
  return withNumberSearchResolved(db, filters, (db, filters) =>
    analyzeResolvedPeriods(db, filters, rollups, kpi),
  );
}

/**
 * analyzePeriods once the number search is resolved (withNumberSearchResolved), for a caller that resolves it for
 * more statements than these (the overview, for its time series too).
 */
export async function analyzeResolvedPeriods(
  db: Database,
  filters: readonly ResolvableFilter[],
  plan: RollupPlan | null,
  kpi: KpiThresholds,
): Promise<PeriodAnalysis[]> {
  const [counts, medians, kpiCounts] = await Promise.all([
    countPeriods(db, filters, plan),
    mediansOf(db, filters, plan),
    kpiCountsOf(db, filters, plan, kpi),
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
