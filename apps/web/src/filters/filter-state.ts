import type { CallFilterInput } from "@antdash/api";
import { callFilterFromQuery, callFilterToQuery } from "@antdash/api/call-filter-query";
import { DEFAULT_RANGE, isRangePreset, presetRange, type RangePreset } from "./date-range";

/**
 * What the filter bar shows, as it lives in the page URL: `range` (a quick pick, or "custom" with explicit
 * `from`/`to`) plus the criteria of the API's call filter under the same query keys the export links use
 * (direction, status, did, agent, callClass repeated; number; minDurationSeconds; maxDurationSeconds;
 * hasRecording). A copied link therefore shows the same view, and the back button undoes a change.
 */
export interface FilterState {
  range: RangePreset;
  /** ISO instants, only for range "custom". */
  from?: string;
  to?: string;
  /** Everything but from/to, untrusted until the API parses it. */
  criteria: Omit<CallFilterInput, "from" | "to">;
}

export function filterStateFromQuery(params: URLSearchParams): FilterState {
  const { from, to, ...criteria } = callFilterFromQuery(params);
  const rangeParam = params.get("range");
  const hasExplicit = typeof from === "string" && typeof to === "string";
  const range: RangePreset = isRangePreset(rangeParam) ? rangeParam : hasExplicit ? "custom" : DEFAULT_RANGE;
  if (range === "custom" && hasExplicit) {
    return { range, from, to, criteria };
  }
  return { range: range === "custom" ? DEFAULT_RANGE : range, criteria };
}

export function filterStateToQuery(state: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  // Serialised through the shared call-filter codec with a placeholder range, which is then replaced.
  const withRange = callFilterToQuery({ from: 0, to: 0, ...state.criteria });
  withRange.delete("from");
  withRange.delete("to");
  if (state.range === "custom" && state.from !== undefined && state.to !== undefined) {
    params.set("from", state.from);
    params.set("to", state.to);
  } else if (state.range !== DEFAULT_RANGE) {
    params.set("range", state.range);
  }
  for (const [key, value] of withRange) params.append(key, value);
  return params;
}

/** The API's filter for a state: quick picks become instants in `timeZone` at `now`. */
export function resolveCallFilter(state: FilterState, timeZone: string, now: Date): CallFilterInput {
  if (state.range === "custom" && state.from !== undefined && state.to !== undefined) {
    return { ...state.criteria, from: state.from, to: state.to };
  }
  const { from, to } = presetRange(state.range === "custom" ? DEFAULT_RANGE : state.range, timeZone, now);
  return { ...state.criteria, from: from.toISOString(), to: to.toISOString() };
}

/** A link to `path` showing exactly the calls of `filter` (explicit instants: what a chart element covers). */
export function hrefForFilter(path: string, filter: CallFilterInput): string {
  const { from, to, ...criteria } = filter;
  const state: FilterState = {
    range: "custom",
    from: new Date(from as string | number | Date).toISOString(),
    to: new Date(to as string | number | Date).toISOString(),
    criteria,
  };
  const query = filterStateToQuery(state).toString();
  return query === "" ? path : `${path}?${query}`;
}
