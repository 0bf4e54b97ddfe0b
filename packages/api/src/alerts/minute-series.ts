const MINUTE = 60_000;
const HALF_MINUTE = MINUTE / 2;

/** Calls counted per minute (UTC, from the epoch), those starting exactly on the minute apart. */
export interface MinuteCountRow {
  /** The minute's start, ms since the epoch. */
  minute: number;
  /** Whether these calls started exactly at `minute` (to the microsecond). */
  exact: boolean;
  values: readonly number[];
}

/**
 * Counts summed over closed windows [lo, hi] whose ends are whole minutes, as a call filter's [from, to] reads them
 * (both ends inclusive): a window holds its minutes [lo, hi) whole and, of the minute `hi`, the calls that started
 * exactly on it. Each row is placed at its minute (exact) or half a minute in (the rest), then prefix sums answer
 * any window with two binary searches.
 */
export class MinuteSeries {
  private readonly keys: Float64Array;
  /** prefix[c][i] = sum of column c over the first i rows. */
  private readonly prefix: Float64Array[];

  constructor(rows: readonly MinuteCountRow[], width: number) {
    const placed = rows
      .map((r) => ({ key: r.exact ? r.minute : r.minute + HALF_MINUTE, values: r.values }))
      .sort((a, b) => a.key - b.key);
    this.keys = Float64Array.from(placed, (r) => r.key);
    this.prefix = Array.from({ length: width }, (_, c) => {
      const sums = new Float64Array(placed.length + 1);
      for (let i = 0; i < placed.length; i++) sums[i + 1] = sums[i]! + (placed[i]!.values[c] ?? 0);
      return sums;
    });
  }

  /** The sums of every column over [lo, hi] (ms; both whole minutes). */
  sum(lo: number, hi: number): number[] {
    if (lo % MINUTE !== 0 || hi % MINUTE !== 0) throw new Error("window ends must be whole minutes");
    const a = this.firstAtLeast(lo);
    const b = this.firstAtLeast(hi + 1);
    return this.prefix.map((sums) => sums[b]! - sums[a]!);
  }

  /** Index of the first key >= x. */
  private firstAtLeast(x: number): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
