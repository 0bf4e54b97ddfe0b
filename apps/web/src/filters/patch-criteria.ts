import type { FilterState } from "./filter-state";

type Criteria = FilterState["criteria"];

/**
 * The criteria with `patch` applied: an undefined value or an empty list removes its criterion, so the URL only
 * carries what actually filters.
 */
export function patchCriteria(criteria: Criteria, patch: Partial<Criteria>): Criteria {
  const next: Record<string, unknown> = { ...criteria, ...patch };
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
  }
  return next;
}

/** How many criteria (not counting the date range) a state holds: the "clear" button shows when there are any. */
export function criteriaCount(criteria: Criteria): number {
  return Object.values(criteria).filter((v) => v !== undefined && !(Array.isArray(v) && v.length === 0))
    .length;
}
