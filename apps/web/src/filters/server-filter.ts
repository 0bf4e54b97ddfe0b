import "server-only";
import type { CallFilterInput } from "@antdash/api";
import { type FilterState, filterStateFromQuery, resolveCallFilter } from "./filter-state";

export type PageSearchParams = Record<string, string | string[] | undefined>;

/** A server page's filter from its searchParams, resolved in the viewer's time zone now. */
export function pageFilter(
  searchParams: PageSearchParams,
  timeZone: string,
  now = new Date(),
): { state: FilterState; filter: CallFilterInput } {
  const state = filterStateFromQuery(toSearchParams(searchParams));
  return { state, filter: resolveCallFilter(state, timeZone, now) };
}

/** A server page's searchParams as URLSearchParams (repeated keys kept). */
export function toSearchParams(searchParams: PageSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}
