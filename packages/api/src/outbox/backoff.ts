/** Attempts before a message is given up (shown as failed on its page). */
const MAX_DELIVERY_ATTEMPTS = 6;

/** Exponential backoff: 30 s, 1, 2, 4, 8 min..., at most an hour. */
export function retryDelayMs(attempt: number, baseMs = 30_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

/** When to try again after `attempt` failed (1-based), or null to give up. */
export function nextAttemptAt(
  now: Date,
  attempt: number,
  opts: { permanent?: boolean; baseMs?: number; maxAttempts?: number } = {},
): Date | null {
  if (opts.permanent || attempt >= (opts.maxAttempts ?? MAX_DELIVERY_ATTEMPTS)) return null;
  return new Date(now.getTime() + retryDelayMs(attempt, opts.baseMs));
}
