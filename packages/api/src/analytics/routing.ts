import type { CallFilter } from "../calls/call-filter";

/**
 * Which facts can answer a filter. Rollups have the time and the low-cardinality dimensions only; a filter on
 * anything else (number search, duration range, has-recording) reads the raw calls. Either way gives the same
 * numbers: the routes differ in speed only.
 */
const has = (values: readonly unknown[] | undefined) => values !== undefined && values.length > 0;

/** Criteria no rollup has. */
function usesRawOnlyCriteria(filter: CallFilter): boolean {
  return (
    filter.number !== undefined ||
    filter.minDurationSeconds !== undefined ||
    filter.maxDurationSeconds !== undefined ||
    filter.hasRecording !== undefined
  );
}

/**
 * How the call-level numbers (totals, breakdowns by call dimension, time series, heatmap) are read:
 * - "calls": the call rollups (time, direction, status, class, DID);
 * - "oneAgent": the agent rollups, for one agent with at most direction and status (their calls, each once);
 * - "raw": the calls table.
 */
export type CallRoute = "calls" | "oneAgent" | "raw";

export function callRoute(filter: CallFilter): CallRoute {
  if (usesRawOnlyCriteria(filter)) return "raw";
  if (!has(filter.agent)) return "calls";
  const oneAgent = filter.agent!.length === 1 && !has(filter.callClass) && !has(filter.did);
  return oneAgent ? "oneAgent" : "raw";
}

/** The per-agent breakdown reads the agent rollups when no criterion needs a column they lack. */
export function agentBreakdownFromRollups(filter: CallFilter): boolean {
  return !usesRawOnlyCriteria(filter) && !has(filter.agent) && !has(filter.callClass) && !has(filter.did);
}
