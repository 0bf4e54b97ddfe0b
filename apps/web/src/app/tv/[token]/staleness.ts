/** Why the wall's numbers may be out of date, if they are. */
export type Staleness =
  | { stale: false }
  | { stale: true; reason: "sync"; since: Date | null }
  | { stale: true; reason: "calls"; since: Date | null };

/**
 * Stale when the last successful sync, or the newest cached call, is older than the admins' threshold (minutes)
 * at `now`. A failing sync is the more useful thing to say, so it wins. `now` is the server's clock as the screen
 * estimates it, so a TV with a wrong clock still judges right.
 */
export function staleness(
  freshness: { lastSyncAt: Date | null; newestCallAt: Date | null },
  thresholdMinutes: number,
  now: number,
): Staleness {
  const limit = thresholdMinutes * 60_000;
  const tooOld = (at: Date | null) => at === null || now - at.getTime() > limit;
  if (tooOld(freshness.lastSyncAt)) return { stale: true, reason: "sync", since: freshness.lastSyncAt };
  if (tooOld(freshness.newestCallAt)) return { stale: true, reason: "calls", since: freshness.newestCallAt };
  return { stale: false };
}
