/**
 * The bins of the talk × duration distribution (call_distribution_*): lower bounds in seconds, the same for billing
 * and duration; the last bin is open. A call's bin is its index from width_bucket over the bounds after 0 (0 = the
 * first bin). Changing these needs a rebuildRollups (and a migration that does it).
 */
export const DISTRIBUTION_EDGES = [0, 10, 30, 60, 120, 180, 300, 600, 1200, 1800, 3600] as const;

/** The bin index of an integer expression in SQL (0 .. DISTRIBUTION_EDGES.length - 1). */
export function distributionBinSql(expr: string): string {
  return `width_bucket(${expr}, ARRAY[${DISTRIBUTION_EDGES.slice(1).join(", ")}]::int[])`;
}
