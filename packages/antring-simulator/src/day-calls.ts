import type { GeneratedCall } from "./call-generator";
import type { CallRecord } from "./records";
import { firstIndexWhere } from "./sorted-search";

/**
 * The calls of one UTC day, sorted by start time, with a running maximum of end times so the set of
 * calls that have already ended (and so are visible) is found by binary search, not by a scan.
 */
export class DayCalls {
  private readonly calls: GeneratedCall[];
  /** maxEndSec[i] = latest end (start + duration, in seconds) among calls[0..i]. */
  private maxEndSec: number[] = [];

  constructor(calls: GeneratedCall[]) {
    this.calls = calls;
    this.rebuildEnds(0);
  }

  get length(): number {
    return this.calls.length;
  }

  at(index: number): GeneratedCall {
    const call = this.calls[index];
    if (call === undefined) throw new RangeError(`no call at ${index}`);
    return call;
  }

  all(): readonly GeneratedCall[] {
    return this.calls;
  }

  /** Adds a call after every call that starts at or before it (so earlier calls keep their order). */
  insert(call: GeneratedCall): void {
    const start = call.record.unix_timestamp;
    const index = firstIndexWhere(this.calls.length, (i) => this.at(i).record.unix_timestamp > start);
    this.calls.splice(index, 0, call);
    this.rebuildEnds(index);
  }

  /** Calls that start in [fromSec, toSec], oldest first, whether or not they have ended. */
  startingBetween(fromSec: number, toSec: number): readonly GeneratedCall[] {
    const startOf = (i: number): number => this.at(i).record.unix_timestamp;
    const lo = firstIndexWhere(this.calls.length, (i) => startOf(i) >= fromSec);
    const hi = firstIndexWhere(this.calls.length, (i) => startOf(i) > toSec);
    return this.calls.slice(lo, hi);
  }

  /** Calls that started in [fromSec, toSec] and ended by nowSec. */
  visible(fromSec: number, toSec: number, nowSec: number): VisibleSlice {
    const startOf = (i: number): number => this.at(i).record.unix_timestamp;
    const lo = firstIndexWhere(this.calls.length, (i) => startOf(i) >= fromSec);
    const hi = firstIndexWhere(this.calls.length, (i) => startOf(i) > toSec);
    // Every call before the first index whose running max end is in the future has ended; after it
    // only calls started within the longest call's length of now remain, so the filter is short.
    const firstOpen = firstIndexWhere(this.calls.length, (i) => (this.maxEndSec[i] ?? 0) > nowSec);
    const denseEnd = Math.max(lo, Math.min(hi, firstOpen));
    const stragglers: number[] = [];
    for (let i = denseEnd; i < hi; i++) {
      const { record } = this.at(i);
      if (record.unix_timestamp + record.duration_seconds <= nowSec) stragglers.push(i);
    }
    return new VisibleSlice(this, lo, denseEnd, stragglers);
  }

  private rebuildEnds(from: number): void {
    this.maxEndSec.length = this.calls.length;
    let running = from > 0 ? (this.maxEndSec[from - 1] ?? 0) : 0;
    for (let i = from; i < this.calls.length; i++) {
      running = Math.max(running, endSec(this.at(i).record));
      this.maxEndSec[i] = running;
    }
  }
}

function endSec(record: CallRecord): number {
  return record.unix_timestamp + record.duration_seconds;
}

/** Visible calls of one day: indices [lo, denseEnd) plus some later stragglers, all ascending. */
export class VisibleSlice {
  constructor(
    private readonly day: DayCalls,
    private readonly lo: number,
    private readonly denseEnd: number,
    private readonly stragglers: number[],
  ) {}

  get size(): number {
    return this.denseEnd - this.lo + this.stragglers.length;
  }

  /** The call at position `rank` counted from the newest (0 = newest). */
  newest(rank: number): GeneratedCall {
    const late = this.stragglers.length;
    const index = rank < late ? this.stragglers[late - 1 - rank] : this.denseEnd - 1 - (rank - late);
    return this.day.at(index ?? -1);
  }
}
