import { CALL_CLASSES, DIRECTIONS, STATUS_DETAILS } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { groupFacts, type GroupedCounters, ZERO_COUNTERS } from "./fact-aggregates";
import { KIND_COLUMNS, rate } from "./kpis";
import { AGENT_FACTS, callSource, type FactSource, type PeriodFacts, tiersFor } from "./fact-sources";
import type { BreakdownRow, Breakdowns, Counters } from "./output-schemas";
import type { RollupPlan } from "./rollup-plan";
import { rangeOf } from "./time-range";

export const BREAKDOWN_DIMENSIONS = ["direction", "status", "class", "did", "agent"] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** Every analytic of a period that is a sum: its totals and a breakdown per dimension asked for. */
export interface PeriodCounts {
  totals: Counters;
  breakdowns: Partial<Breakdowns>;
}

const COLUMN = {
  direction: "direction",
  status: "status_detail",
  class: "class",
  did: "did_number",
} as const;
/** Enumerated dimensions list every value (0 when no call has it), so charts keep their shape. */
const ALL_VALUES: Partial<Record<BreakdownDimension, readonly string[]>> = {
  direction: DIRECTIONS,
  status: STATUS_DETAILS,
  class: CALL_CLASSES,
};

const round2 = (n: number) => Math.round(n * 100) / 100;

export function withKpis(key: string, counters: Counters): BreakdownRow {
  return {
    key,
    ...counters,
    answerRate: counters.calls ? Math.round((counters.answered / counters.calls) * 10_000) / 10_000 : 0,
    avgTalkSeconds: counters.answered ? round2(counters.billingSeconds / counters.answered) : 0,
    avgWaitSeconds: counters.calls ? round2(counters.waitSeconds / counters.calls) : 0,
    inboundMissed: counters.inboundOffered - counters.inboundAnswered,
    outboundConnectRate: rate(counters.outboundConnected, counters.outboundAttempts),
  };
}

/** Most calls first, then by key. */
const byCallsThenKey = (a: BreakdownRow, b: BreakdownRow) => b.calls - a.calls || a.key.localeCompare(b.key);

function rowsOf(dimension: BreakdownDimension, groups: Map<string, Counters>): BreakdownRow[] {
  const keys = new Set([...(ALL_VALUES[dimension] ?? []), ...groups.keys()]);
  // Calls without a DID are "" in the facts: not a DID.
  if (dimension === "did") keys.delete("");
  return [...keys].map((key) => withKpis(key, groups.get(key) ?? ZERO_COUNTERS)).sort(byCallsThenKey);
}

/**
 * The facts of each period for a query grouping by `groupBy`: the source's rollup tiers that fit, cut by the plan;
 * or the raw calls when no plan, or no tier fits.
 */
export function periodFacts(
  source: FactSource,
  filters: readonly CallFilter[],
  plan: RollupPlan | null,
  groupBy: readonly string[],
): PeriodFacts[] {
  const tiers = plan ? tiersFor(source, filters[0]!, groupBy) : [];
  return filters.map((filter) => ({
    filter,
    segments: tiers.length ? plan!.segments(rangeOf(filter), tiers) : [{ tier: "raw", ...rangeOf(filter) }],
  }));
}

/**
 * Totals and the breakdowns of several periods with the same criteria, each read from the rollups when the filter
 * allows (routing.ts) and from the raw calls otherwise. `dimensions` limits the breakdowns. With agents in the
 * filter, the agent breakdown lists those agents only (each one's calls among the filtered ones).
 */
export async function countPeriods(
  db: Database,
  filters: readonly CallFilter[],
  plan: RollupPlan | null,
  dimensions: readonly BreakdownDimension[] = BREAKDOWN_DIMENSIONS,
): Promise<PeriodCounts[]> {
  const source = callSource(filters[0]!);
  const callColumns = dimensions.flatMap((d) => (d === "agent" ? [] : [COLUMN[d]]));
  // The counters tell inbound from outbound by class and direction: only tiers that have both may serve.
  const tierColumns = (columns: readonly string[]) => [...columns, ...KIND_COLUMNS];
  const work: Promise<GroupedCounters[]>[] = [
    groupFacts(db, source, periodFacts(source, filters, plan, tierColumns(callColumns)), callColumns),
  ];
  if (dimensions.includes("agent")) {
    const facts = periodFacts(AGENT_FACTS, filters, plan, tierColumns(["agent"]));
    work.push(groupFacts(db, AGENT_FACTS, facts, ["agent"]));
  }
  const results = await Promise.all(work);
  return filters.map((_, p) => {
    const groups = Object.assign({}, ...results.map((r) => r[p]!.groups)) as Record<
      string,
      Map<string, Counters>
    >;
    const breakdowns: Partial<Breakdowns> = {};
    for (const dimension of dimensions) {
      const column = dimension === "agent" ? "agent" : COLUMN[dimension];
      breakdowns[dimension] = rowsOf(dimension, groups[column] ?? new Map<string, Counters>());
    }
    // The first result is the call-level one (call rollups, one agent's rollups, or raw calls).
    return { totals: results[0]![p]!.totals, breakdowns };
  });
}
