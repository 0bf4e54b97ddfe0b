import type { Database } from "@antdash/db";
import { TooManyRequestsError } from "../errors";

/** Failed sign-ins allowed per window before further attempts are refused (checked before the password). */
export const LOGIN_LIMITS = {
  windowMs: 15 * 60_000,
  /** Per email, counting failures since its last success (guessing one account's password). */
  perEmail: 5,
  /** Per address, whatever the email (spraying many accounts from one place). */
  perIp: 20,
} as const;

export class LoginRateLimitedError extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    super(
      `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      retryAfterSeconds,
    );
  }
}

/**
 * Throws LoginRateLimitedError when the email or the address used up its failures. The wait lasts until the oldest
 * failure that counts toward the limit leaves the window.
 */
export async function assertLoginAllowed(db: Database, email: string, ip: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMs);
  // The n-th most recent failure (OFFSET n-1): when it exists the limit is reached, and it sets the wait.
  const { rows } = await db.pool.query<{ by_email: Date | null; by_ip: Date | null }>(
    `SELECT
       (SELECT at FROM login_attempts f
         WHERE f.email = $1 AND NOT f.succeeded AND f.at > $3
           AND f.at > COALESCE((SELECT max(s.at) FROM login_attempts s WHERE s.email = $1 AND s.succeeded), '-infinity')
         ORDER BY f.at DESC OFFSET $4 LIMIT 1) AS by_email,
       (SELECT at FROM login_attempts f
         WHERE f.ip = $2 AND NOT f.succeeded AND f.at > $3
         ORDER BY f.at DESC OFFSET $5 LIMIT 1) AS by_ip`,
    [email, ip, since, LOGIN_LIMITS.perEmail - 1, LOGIN_LIMITS.perIp - 1],
  );
  const row = rows[0];
  const blockers = [row?.by_email, row?.by_ip].filter((d): d is Date => d instanceof Date);
  if (blockers.length === 0) return;
  const until = Math.max(...blockers.map((d) => d.getTime() + LOGIN_LIMITS.windowMs));
  throw new LoginRateLimitedError(Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
}

export async function recordLoginAttempt(
  db: Database,
  attempt: { email: string; ip: string; succeeded: boolean; at: Date },
): Promise<void> {
  await db.prisma.loginAttempt.create({ data: attempt, select: { id: true } });
}

/** Attempts older than a day no longer count for anything. */
export async function pruneLoginAttempts(db: Database, now: Date): Promise<void> {
  await db.prisma.loginAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - 86_400_000) } } });
}
