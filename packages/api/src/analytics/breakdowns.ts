import { CALL_CLASSES, DIRECTIONS, STATUS_DETAILS } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { type Counters, groupFacts, type GroupedCounters, ZERO_COUNTERS } from "./fact-aggregates";
import { AGENT_FACTS, CALL_FACTS, ONE_AGENT_CALL_FACTS, type PeriodFacts } from "./fact-sources";
import type { RollupPlan, Tier } from "./rollup-plan";
import { agentBreakdownFromRollups, callRoute } from "./routing";
import { rangeOf } from "./time-range";

export const BREAKDOWN_DIMENSIONS = ["direction", "status", "class", "did", "agent"] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** One value of a dimension (a direction, a status, a DID, an agent...) and the KPIs of its calls. */
export interface BreakdownRow extends Counters {
  key: string;
  /** answered / calls, 0..1 (4 decimals). */
  answerRate: number;
  /** billing / answered calls. */
  avgTalkSeconds: number;
  /** wait / calls. */
  avgWaitSeconds: number;
}

export type Breakdowns = Record<BreakdownDimension, BreakdownRow[]>;

/** Every analytic of a period that is a sum: its totals and a breakdown per dimension asked for. */
export interface PeriodCounts {
  totals: Counters;
  breakdowns: Partial<Breakdowns>;
}

const COLUMN = { direction: "direction", status: "status_detail", class: "class", did: "did_number" } as const;
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

const rawPeriod = (filter: CallFilter): PeriodFacts => ({ filter, segments: [{ tier: "raw", ...rangeOf(filter) }] });

/**
 * Totals and every breakdown of several periods (same criteria, different ranges), each read from the rollups
 * when the filter allows (see routing.ts) and from the raw calls otherwise. `dimensions` limits the breakdowns.
 */
export async function countPeriods(
  db: Database,
  filters: readonly CallFilter[],
  plan: RollupPlan | null,
  dimensions: readonly BreakdownDimension[] = BREAKDOWN_DIMENSIONS,
): Promise<PeriodCounts[]> {
  const route = plan ? callRoute(filters[0]!) : "raw";
  const tiered =
    (tiers: readonly Tier[]) =>
    (filter: CallFilter): PeriodFacts => ({ filter, segments: plan!.segments(rangeOf(filter), tiers) });
  const callColumns = dimensions.flatMap((d) => (d === "agent" ? [] : [COLUMN[d]]));
  const work: Promise<GroupedCounters[]>[] = [];
  if (route === "calls") {
    work.push(groupFacts(db, CALL_FACTS, filters.map(tiered(CALL_FACTS.tiers)), callColumns));
  } else if (route === "oneAgent") {
    // The agent rollups know direction and status; class and DID come from the agent's raw calls.
    const agentColumns = callColumns.filter((c) => c === "direction" || c === "status_detail");
    const rawColumns = callColumns.filter((c) => c === "class" || c === "did_number");
    work.push(groupFacts(db, ONE_AGENT_CALL_FACTS, filters.map(tiered(ONE_AGENT_CALL_FACTS.tiers)), agentColumns));
    if (rawColumns.length) work.push(groupFacts(db, CALL_FACTS, filters.map(rawPeriod), rawColumns));
  } else {
    work.push(groupFacts(db, CALL_FACTS, filters.map(rawPeriod), callColumns));
  }
  if (dimensions.includes("agent")) {
    const agentPeriods =
      plan && agentBreakdownFromRollups(filters[0]!) ? filters.map(tiered(AGENT_FACTS.tiers)) : filters.map(rawPeriod);
    work.push(groupFacts(db, AGENT_FACTS, agentPeriods, ["agent"]));
  }
  const results = await Promise.all(work);
  return filters.map((_, p) => {
    const groups = Object.assign({}, ...results.map((r) => r[p]!.groups)) as Record<string, Map<string, Counters>>;
    const breakdowns: Partial<Breakdowns> = {};
    for (const dimension of dimensions) {
      const column = dimension === "agent" ? "agent" : COLUMN[dimension];
      breakdowns[dimension] = rowsOf(dimension, groups[column] ?? new Map());
    }
    // The first result is always the call-level one (calls rollup, one agent's rollup, or raw).
    return { totals: results[0]![p]!.totals, breakdowns };
  });
}
