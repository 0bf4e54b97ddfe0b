import type { CallFilterInput } from "@antdash/api";
import { hrefForFilter } from "~/filters";

// Drill-down links: the call list showing exactly the calls a chart element counts. Each link is the page's filter
// narrowed by the element's own criteria (an element only counts calls the page's filter already matches).

/** The page's filter as the charts received it (from/to are ISO instants). */
export type PageFilter = CallFilterInput & { from: string; to: string };

export const CALLS_PATH = "/calls";

export function drillHref(filter: PageFilter, narrow: Partial<CallFilterInput>): string {
  return hrefForFilter(CALLS_PATH, { ...filter, ...narrow });
}

/** A bucket of the time series (its from/to are already clipped to the range), optionally one status of it. */
export function bucketHref(
  filter: PageFilter,
  bucket: { from: string; to: string },
  status?: NonNullable<CallFilterInput["status"]>[number],
): string {
  return drillHref(filter, { from: bucket.from, to: bucket.to, ...(status && { status: [status] }) });
}

/**
 * A duration bin [from, to) of the distribution as the filter's inclusive whole-second bounds, intersected with the
 * duration bounds the page already has. Billing (talk) time has no filter criterion, so a distribution cell drills
 * into its duration bin: exact for the cell's column, wider than the cell itself.
 */
export function durationBinHref(
  filter: PageFilter,
  bin: { from: number; to: number | null },
  narrow: Partial<CallFilterInput> = {},
): string {
  const min = Math.max(bin.from, filter.minDurationSeconds ?? 0);
  const binMax = bin.to === null ? undefined : bin.to - 1;
  const max =
    binMax === undefined
      ? filter.maxDurationSeconds
      : filter.maxDurationSeconds === undefined
        ? binMax
        : Math.min(binMax, filter.maxDurationSeconds);
  return drillHref(filter, {
    ...narrow,
    minDurationSeconds: min,
    ...(max === undefined ? {} : { maxDurationSeconds: max }),
  });
}
