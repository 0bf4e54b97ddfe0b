export interface TimeWindow {
  from: Date;
  to: Date;
}

/**
 * True when `window` lies entirely inside the union of `done` windows. Done windows of earlier runs may have other
 * boundaries than today's plan (another --from), so containment is checked against their merged union.
 * Windows are closed intervals at millisecond resolution: [a, b] and [b + 1 ms, c] are contiguous.
 */
export function isCovered(window: TimeWindow, done: readonly TimeWindow[]): boolean {
  const sorted = [...done].sort((a, b) => a.from.getTime() - b.from.getTime());
  let reach = window.from.getTime() - 1; // everything up to `reach` (inclusive) is known covered
  for (const d of sorted) {
    if (d.to.getTime() <= reach) continue;
    if (d.from.getTime() > reach + 1) return false; // a gap before this done window
    reach = d.to.getTime();
    if (reach >= window.to.getTime()) return true;
  }
  return false;
}
