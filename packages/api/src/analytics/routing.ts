import type { CallFilter } from "../calls/call-filter";

/**
 * How a query is routed: every analytic is a sum over "facts" (fact-sources.ts) that can be read from rollup
 * tables or computed from the raw calls, with identical results; the routes differ in speed only.
 * - Rollups hold the time and the low-cardinality dimensions (direction, status, class, DID, agent). A filter on
 *   anything else (number search, duration range, has-recording) reads the raw calls.
 * - Each tier (month, day, hour) serves a query only if its table has every column the filter and the grouping
 *   need (hours of the agent rollups have no class or DID; call histograms have no agent; the agent histograms
 *   have months only and no DID): tiersFor.
 * - Call-level numbers of one agent come from the agent rollups (each of their calls once); several agents read
 *   the raw calls (a call between two of them would count twice): callSource; their histograms likewise
 *   (histogramSource).
 */
export function usesRawOnlyCriteria(filter: CallFilter): boolean {
  return (
    filter.number !== undefined ||
    filter.minDurationSeconds !== undefined ||
    filter.maxDurationSeconds !== undefined ||
    filter.hasRecording !== undefined
  );
}
