import type { Database } from "@antdash/db";
import type { SessionUser } from "../context";
import { assertLoginAllowed, pruneLoginAttempts, recordLoginAttempt } from "./login-rate-limit";
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

/**
 * Checks an email and password for sign-in. Returns the user, or null for an unknown email, a wrong password or a
 * disabled account (the caller cannot tell which). Throws LoginRateLimitedError, before looking at the password,
 * once the email or the address has too many recent failures.
 */
export async function verifyCredentials(db: Database, credentials: Credentials): Promise<SessionUser | null> {
  const email = credentials.email.trim().toLowerCase();
  const { ip, password } = credentials;
  const now = credentials.now ?? new Date();
  await assertLoginAllowed(db, email, ip, now);
  const user = await db.prisma.user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstDummy(password), false);
  const accepted = ok && user !== null && user.disabledAt === null;
  await recordLoginAttempt(db, { email, ip, succeeded: accepted, at: now });
  if (!accepted || !user) return null;
  await db.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: now }, select: { id: true } });
  await pruneLoginAttempts(db, now);
  return toSessionUser(user);
}
