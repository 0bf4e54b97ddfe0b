/**
 * Whether a time bucket is still running at `now` (its calls are not all in yet), so charts can draw it apart and
 * it does not read as a drop. `to` is inclusive, like the call filter's. The API marks it as `partial` where it
 * answers so; otherwise the bucket's bounds against the clock decide.
 */
export function isUnfinishedBucket(
  bucket: { from: string; to: string; partial?: boolean },
  now: Date = new Date(),
): boolean {
  if (bucket.partial !== undefined) return bucket.partial;
  const at = now.getTime();
  return new Date(bucket.from).getTime() <= at && at <= new Date(bucket.to).getTime();
}
