import { randomUUID } from "node:crypto";
import type { Database } from "@antdash/db";
import { TooManyRequestsError } from "../errors";

/** Failed password checks allowed per window before further attempts are refused (checked before the password). */
export const LOGIN_LIMITS = {
  windowMs: 15 * 60_000,
  /**
   * Per account AND address, counting failures since that pair's last success: slows guessing one account's
   * password from one place, while a stranger elsewhere cannot lock the owner out.
   */
  perEmail: 5,
  /** Per address, whatever the account (spraying many accounts from one place). */
  perIp: 20,
} as const;

export class LoginRateLimitedError extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    super(
      `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      retryAfterSeconds,
      "loginRateLimited",
    );
  }
}

/** An attempt counted as a failure from the moment it is reserved; `succeed()` turns it into a success. */
export interface ReservedAttempt {
  succeed(): Promise<void>;
}

/**
 * Checks the limits and records the attempt as a failure in one transaction, serialized per address with an
 * advisory lock: N concurrent guesses cannot all read "under the limit" before any of them is counted. Throws
 * LoginRateLimitedError when the pair or the address used up its failures; the wait lasts until the oldest failure
 * that counts toward the limit leaves the window.
 */
export async function reserveLoginAttempt(
  db: Database,
  attempt: { email: string; ip: string; now: Date },
): Promise<ReservedAttempt> {
  const { email, ip, now } = attempt;
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMs);
  const id = randomUUID();
  const client = await db.pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`login:${ip}`]);
    // The n-th most recent failure (OFFSET n-1): when it exists the limit is reached, and it sets the wait.
    const { rows } = await client.query<{ by_pair: Date | null; by_ip: Date | null }>(
      `SELECT
         (SELECT at FROM login_attempts f
           WHERE f.ip = $2 AND f.email = $1 AND NOT f.succeeded AND f.at > $3
             AND f.at > COALESCE((SELECT max(s.at) FROM login_attempts s
                                   WHERE s.ip = $2 AND s.email = $1 AND s.succeeded), '-infinity')
           ORDER BY f.at DESC OFFSET $4 LIMIT 1) AS by_pair,
         (SELECT at FROM login_attempts f
           WHERE f.ip = $2 AND NOT f.succeeded AND f.at > $3
           ORDER BY f.at DESC OFFSET $5 LIMIT 1) AS by_ip`,
      [email, ip, since, LOGIN_LIMITS.perEmail - 1, LOGIN_LIMITS.perIp - 1],
    );
    const row = rows[0];
    const blockers = [row?.by_pair, row?.by_ip].filter((d): d is Date => d instanceof Date);
    if (blockers.length > 0) {
      await client.query("ROLLBACK");
      const until = Math.max(...blockers.map((d) => d.getTime() + LOGIN_LIMITS.windowMs));
      throw new LoginRateLimitedError(Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
    }
    await client.query(
      "INSERT INTO login_attempts (id, email, ip, succeeded, at) VALUES ($1, $2, $3, false, $4)",
      [id, email, ip, now],
    );
    await client.query("COMMIT");
  } catch (error) {
    if (!(error instanceof LoginRateLimitedError)) await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return {
    async succeed() {
      await db.pool.query("UPDATE login_attempts SET succeeded = true WHERE id = $1", [id]);
    },
  };
}

/** Attempts older than a day no longer count for anything. */
export async function pruneLoginAttempts(db: Database, now: Date): Promise<void> {
  await db.prisma.loginAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - 86_400_000) } } });
}
