import type { Database } from "@antdash/db";
import type { SessionUser } from "../context";
import { pruneLoginAttempts, reserveLoginAttempt } from "./login-rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { toSessionUser } from "./session-user";

export interface Credentials {
  email: string;
  password: string;
  /** The caller's address, for the per-address limit. */
  ip: string;
  /** For tests; default the current time. */
  now?: Date;
}

/** A user who just signed in, with the session version their new session is bound to. */
export interface SignedInUser extends SessionUser {
  sessionVersion: number;
}

/**
 * Checks an email and password for sign-in. Returns the user, or null for an unknown email, a wrong password or a
 * disabled account (the caller cannot tell which). Throws LoginRateLimitedError, before looking at the password,
 * once the email and address pair or the address has too many recent failures.
 */
export async function verifyCredentials(
  db: Database,
  credentials: Credentials,
): Promise<SignedInUser | null> {
  const email = credentials.email.trim().toLowerCase();
  const { ip, password } = credentials;
  const now = credentials.now ?? new Date();
  const attempt = await reserveLoginAttempt(db, { email, ip, now });
  const user = await db.prisma.user.findUnique({ where: { email } });
  const ok = user
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyAgainstDummy(password), false);
  if (!ok || !user || user.disabledAt !== null) return null;
  await attempt.succeed();
  await db.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: now }, select: { id: true } });
  await pruneLoginAttempts(db, now);
  return { ...toSessionUser(user), sessionVersion: user.sessionVersion };
}
