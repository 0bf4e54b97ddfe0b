/**
 * The bins of the histograms (call_histograms_*): 1-second bins from 0 to 124 s, so the KPI thresholds (any whole
 * number of seconds up to 120: "wait <= 20 s", "duration <= 5 s") and the medians of short values count exactly,
 * then wider bins whose width grows with the value. A bin is named by its lower bound in seconds. Changing these
 * needs a rebuildRollups (and a migration that does it).
 */
const HISTOGRAM_BIN_RANGES: readonly { from: number; width: number }[] = [
  { from: 0, width: 1 },
  { from: 125, width: 5 },
  { from: 180, width: 15 },
  { from: 600, width: 60 },
  { from: 1800, width: 300 },
  { from: 3600, width: 900 },
];
/** Everything from here on falls into one open-ended bin. */
export const HISTOGRAM_OPEN_BIN = 7200;

/** The bin (lower bound) of a value in seconds; negative values count as 0. */
export function histogramBin(seconds: number): number {
  const value = Math.max(0, Math.floor(seconds));
  if (value >= HISTOGRAM_OPEN_BIN) return HISTOGRAM_OPEN_BIN;
  const range = [...HISTOGRAM_BIN_RANGES].reverse().find((r) => value >= r.from)!;
  return value - ((value - range.from) % range.width);
}

/** Width of the bin starting at `bin` in seconds; null for the open-ended last bin. */
export function histogramBinWidth(bin: number): number | null {
  if (bin >= HISTOGRAM_OPEN_BIN) return null;
  return [...HISTOGRAM_BIN_RANGES].reverse().find((r) => bin >= r.from)!.width;
}

/** The same as SQL over an integer expression (evaluated several times: pass a column, not a computation). */
export function histogramBinSql(expr: string): string {
  const cases = HISTOGRAM_BIN_RANGES.map((range, i) => {
    const upper = HISTOGRAM_BIN_RANGES[i + 1]?.from ?? HISTOGRAM_OPEN_BIN;
    const value = range.width === 1 ? expr : `${expr} - (${expr} - ${range.from}) % ${range.width}`;
    return `WHEN ${expr} < ${upper} THEN ${value}`;
  });
  return `CASE WHEN ${expr} < 0 THEN 0 ${cases.join(" ")} ELSE ${HISTOGRAM_OPEN_BIN} END`;
}

/** The largest whole number of seconds T for which "value <= T" can be counted exactly from the bins. */
export const HISTOGRAM_EXACT_UP_TO = HISTOGRAM_BIN_RANGES[1]!.from - 1;

/**
 * What each call adds to the histograms: its talk (billing) seconds, its wait (duration − billing) seconds and, for
 * an abandoned call (CANCELLED), its duration (the short-abandon threshold is on duration). A LATERAL join over a
 * relation with the calls columns, giving (metric, seconds); the rollups and the raw analytics both use it.
 */
export const HISTOGRAM_METRICS_LATERAL = `CROSS JOIN LATERAL (
    SELECT 'talk' AS metric, billing_seconds AS seconds
    UNION ALL SELECT 'wait', wait_seconds
    UNION ALL SELECT 'duration', duration_seconds WHERE status_detail = 'CANCELLED') AS m`;
