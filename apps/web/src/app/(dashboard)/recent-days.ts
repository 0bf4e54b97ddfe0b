const DAY_MS = 86_400_000;

/** The last `days` days up to the current minute, as ISO strings (stable across the server/browser boundary). */
export function recentDays(days: number, now = new Date()): { from: string; to: string } {
  const to = new Date(Math.ceil(now.getTime() / 60_000) * 60_000);
  return { from: new Date(to.getTime() - days * DAY_MS).toISOString(), to: to.toISOString() };
}
