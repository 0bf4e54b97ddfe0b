/** A stretch of time one trend point covers (ISO instants, both inclusive like the call filter's). */
export interface TrendWindow {
  from: string;
  to: string;
}

export type TrendBucket = "hour" | "day" | "week" | "month";

const DAY_MS = 86_400_000;

/** The finest time-series bucket that keeps a range's buckets few: hours up to 2 days, days up to 3 months... */
export function trendBucket(from: string, to: string): TrendBucket {
  const days = (new Date(to).getTime() - new Date(from).getTime()) / DAY_MS;
  return days <= 2 ? "hour" : days <= 92 ? "day" : days <= 730 ? "week" : "month";
}

/**
 * At most `max` windows made of consecutive buckets (each window the same number of buckets, the last maybe fewer),
 * with their calls, so a sparkline costs a fixed number of requests whatever the range and however many rows the
 * table has.
 */
export function trendWindows(
  buckets: ReadonlyArray<TrendWindow & { total: number }>,
  max: number,
): Array<TrendWindow & { total: number }> {
  if (buckets.length === 0 || max < 1) return [];
  const size = Math.ceil(buckets.length / max);
  const windows: Array<TrendWindow & { total: number }> = [];
  for (let start = 0; start < buckets.length; start += size) {
    const group = buckets.slice(start, start + size);
    windows.push({
      from: group[0]!.from,
      to: group[group.length - 1]!.to,
      total: group.reduce((sum, bucket) => sum + bucket.total, 0),
    });
  }
  return windows;
}

/**
 * Each key's count per window, from one breakdown per window (a key missing from a window's rows had no calls
 * then). Null while any window is still unknown: a half-drawn trend would mislead.
 */
export function trendsByKey(
  windowRows: ReadonlyArray<ReadonlyArray<{ key: string; calls: number }> | undefined>,
): Map<string, number[]> | null {
  if (windowRows.some((rows) => rows === undefined)) return null;
  const trends = new Map<string, number[]>();
  windowRows.forEach((rows, index) => {
    for (const row of rows!) {
      let values = trends.get(row.key);
      if (!values) trends.set(row.key, (values = new Array<number>(windowRows.length).fill(0)));
      values[index] = row.calls;
    }
  });
  return trends;
}
