"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { useParsedSearchParams } from "~/lib/use-parsed-search-params";
import { type FilterState, filterStateFromQuery, filterStateToQuery } from "./filter-state";

/**
 * The filter state of the current page URL and a way to change it. Every change pushes a history entry (so the
 * back button undoes it); the server page re-renders from the new URL and hands its components the new filter.
 * Query keys that are not part of the filter (a table's sort, a selected call...) are kept unless `resetKeys`
 * names them.
 */
export function useFilterState(options: { resetKeys?: readonly string[] } = {}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const state = useParsedSearchParams(filterStateFromQuery);
  const resetKeys = options.resetKeys;

  const hrefFor = useCallback(
    (next: FilterState) => {
      const query = filterStateToQuery(next);
      const filterKeys = new Set([...FILTER_KEYS, ...(resetKeys ?? [])]);
      for (const [key, value] of searchParams) if (!filterKeys.has(key)) query.append(key, value);
      const text = query.toString();
      return text === "" ? pathname : `${pathname}?${text}`;
    },
    [pathname, searchParams, resetKeys],
  );

  const setState = useCallback(
    (next: FilterState) => router.push(hrefFor(next), { scroll: false }),
    [router, hrefFor],
  );

  return { state, setState, hrefFor };
}

/** The query keys the filter owns (everything else in the URL belongs to the page). */
export const FILTER_KEYS = [
  "range",
  "from",
  "to",
  "direction",
  "status",
  "did",
  "agent",
  "callClass",
  "number",
  "minDurationSeconds",
  "maxDurationSeconds",
  "hasRecording",
] as const;
