import type { CallFilterInput, CallSummary } from "@antdash/api";
import type { Better } from "./kpi-delta";

// The overview's headline cards (issue 12's KPI definitions): what each shows, whether a rise is good news, and
// which calls it opens. Kept apart from the rendering so the drill-down filters can be tested as logic.

/** The part of the analytics summary the cards read (the overview's query and the report's data both have it). */
export type KpiSummary = Pick<CallSummary, "kpis" | "outboundAvgTalkSeconds">;
type Summary = KpiSummary;
export type KpiKind = "count" | "rate" | "duration";
export type KpiGroup = "inbound" | "outbound" | "internal";
export type KpiId =
  | "offered"
  | "answered"
  | "service-level"
  | "asa"
  | "abandon-rate"
  | "missed"
  | "outbound-attempts"
  | "connect-rate"
  | "outbound-talk"
  | "internal-calls";
type Narrow = Partial<CallFilterInput>;
type Status = NonNullable<CallFilterInput["status"]>[number];

/** Each card's entry in the API's KPI glossary (its formula and explanation). */
export const KPI_GLOSSARY_KEYS: Record<KpiId, string> = {
  offered: "kpis.inbound.offered",
  answered: "kpis.inbound.answered",
  "service-level": "kpis.inbound.serviceLevel",
  asa: "kpis.inbound.asaSeconds",
  "abandon-rate": "kpis.inbound.abandonRate",
  missed: "kpis.inbound.missed",
  "outbound-attempts": "kpis.outbound.attempts",
  "connect-rate": "kpis.outbound.connectRate",
  "outbound-talk": "outboundAvgTalkSeconds",
  "internal-calls": "kpis.internal.calls",
};

export interface KpiSpec {
  id: KpiId;
  group: KpiGroup;
  kind: KpiKind;
  better: Better;
  value: (s: Summary) => number | null;
  /** The calls behind the number as filter criteria, or null when the page's filter leaves none of them. */
  narrow: Narrow | null;
}

/** The settings the cards depend on: short abandons are left out of the abandon rate's calls. */
export interface KpiCardSettings {
  shortAbandonSeconds: number;
}

/** The page's values of a list criterion that are also in `wanted` (all of `wanted` when the page has none). */
function within<T extends string>(current: readonly T[] | undefined, wanted: readonly T[]): T[] | null {
  if (!current || current.length === 0) return [...wanted];
  const both = wanted.filter((value) => current.includes(value));
  return both.length > 0 ? both : null;
}

/**
 * The calls of one kind (inbound = trunking & to_ab, outbound = trunking & from_ab, internal = one_one), optionally
 * of some statuses, intersected with the page's filter; null when the page's filter leaves none of them.
 */
export function kindNarrow(filter: Narrow, kind: KpiGroup, statuses?: readonly Status[]): Narrow | null {
  const callClass = within(filter.callClass, kind === "internal" ? ["one_one"] : ["trunking"]);
  const direction =
    kind === "internal"
      ? filter.direction
      : within(filter.direction, [kind === "inbound" ? "to_ab" : "from_ab"]);
  const status = statuses ? within(filter.status, statuses) : filter.status;
  if (!callClass || direction === null || status === null) return null;
  return {
    callClass,
    ...(direction && { direction }),
    ...(status && { status }),
  };
}

/** An inclusive lower bound on duration_seconds that also keeps the page's own. */
function atLeast(filter: Narrow, seconds: number): Narrow | null {
  const min = Math.max(filter.minDurationSeconds ?? 0, seconds);
  return filter.maxDurationSeconds !== undefined && filter.maxDurationSeconds < min
    ? null
    : { minDurationSeconds: min };
}

const NOT_ANSWERED: Status[] = ["CANCELLED", "BUSY", "IVR", "UNSUCCESS"];

export function kpiSpecs(filter: Narrow, settings: KpiCardSettings): KpiSpec[] {
  const inbound = kindNarrow(filter, "inbound");
  const inboundAnswered = kindNarrow(filter, "inbound", ["SUCCESS"]);
  const abandoned = kindNarrow(filter, "inbound", ["CANCELLED"]);
  // The abandon rate leaves out short abandons (duration_seconds <= the threshold): open the ones it counts.
  const longAbandon = atLeast(filter, settings.shortAbandonSeconds + 1);
  const outboundConnected = kindNarrow(filter, "outbound", ["SUCCESS"]);
  return [
    {
      id: "offered",
      group: "inbound",
      kind: "count",
      better: "neutral",
      value: (s) => s.kpis.inbound.offered,
      narrow: inbound,
    },
    {
      id: "answered",
      group: "inbound",
      kind: "count",
      better: "higher",
      value: (s) => s.kpis.inbound.answered,
      narrow: inboundAnswered,
    },
    {
      id: "service-level",
      group: "inbound",
      kind: "rate",
      better: "higher",
      value: (s) => s.kpis.inbound.serviceLevel,
      narrow: inboundAnswered,
    },
    {
      id: "asa",
      group: "inbound",
      kind: "duration",
      better: "lower",
      value: (s) => s.kpis.inbound.asaSeconds,
      narrow: inboundAnswered,
    },
    {
      id: "abandon-rate",
      group: "inbound",
      kind: "rate",
      better: "lower",
      value: (s) => s.kpis.inbound.abandonRate,
      narrow: abandoned && longAbandon ? { ...abandoned, ...longAbandon } : null,
    },
    {
      id: "missed",
      group: "inbound",
      kind: "count",
      better: "lower",
      value: (s) => s.kpis.inbound.missed,
      narrow: kindNarrow(filter, "inbound", NOT_ANSWERED),
    },
    {
      id: "outbound-attempts",
      group: "outbound",
      kind: "count",
      better: "neutral",
      value: (s) => s.kpis.outbound.attempts,
      narrow: kindNarrow(filter, "outbound"),
    },
    {
      id: "connect-rate",
      group: "outbound",
      kind: "rate",
      better: "higher",
      value: (s) => s.kpis.outbound.connectRate,
      narrow: outboundConnected,
    },
    {
      id: "outbound-talk",
      group: "outbound",
      kind: "duration",
      better: "neutral",
      value: (s) => s.outboundAvgTalkSeconds,
      narrow: outboundConnected,
    },
    {
      id: "internal-calls",
      group: "internal",
      kind: "count",
      better: "neutral",
      value: (s) => s.kpis.internal.calls,
      narrow: kindNarrow(filter, "internal"),
    },
  ];
}

export type ServiceLevelStanding = "met" | "below";

/** Whether a service level (0..1) meets the target (%); null without a service level. */
export function serviceLevelStanding(
  serviceLevel: number | null,
  targetPercent: number,
): ServiceLevelStanding | null {
  if (serviceLevel === null) return null;
  // Both sides in hundredths of a percent, so 0.8 against 80 compares equal despite binary fractions.
  return Math.round(serviceLevel * 10_000) >= Math.round(targetPercent * 100) ? "met" : "below";
}
