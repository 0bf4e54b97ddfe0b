import type { CallFilter } from "../calls/call-filter";

/** A half-open instant range [from, end): a filter's [from, to] with both ends inclusive, to the millisecond. */
export interface TimeRange {
  from: Date;
  end: Date;
}

export const HOUR_MS = 3_600_000;

export function rangeOf(filter: CallFilter): TimeRange {
  return { from: filter.from, end: new Date(filter.to.getTime() + 1) };
}

/** The same filter over [from, end) (the inverse of rangeOf). */
export function filterOver<F extends CallFilter>(filter: F, range: TimeRange): F {
  return { ...filter, from: range.from, to: new Date(range.end.getTime() - 1) };
}

/** The same criteria over the period of equal length that ends just before this one: for deltas. */
export function previousPeriod(filter: CallFilter): CallFilter {
  const { from, end } = rangeOf(filter);
  const length = end.getTime() - from.getTime();
  return filterOver(filter, { from: new Date(from.getTime() - length), end: from });
}
