/** First index in [0, length) for which `isAfter` holds, given `isAfter` is false then true. */
export function firstIndexWhere(length: number, isAfter: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
