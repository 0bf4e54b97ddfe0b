import type { Database } from "@antdash/db";
import { InvalidInputError } from "../errors";
import type { Locale } from "./locales";
import { reserveLoginAttempt } from "./login-rate-limit";
import { assertPasswordPolicy, verifyPassword } from "./password";
import { setPassword, UserNotFoundError } from "./users";

export class WrongPasswordError extends InvalidInputError {
  constructor() {
    super("The current password is not correct.", "wrongPassword");
  }
}

/**
 * A signed-in user changes their own password, proving they know the current one. The check counts toward the
 * sign-in limits (same account and address), so a stolen session cannot guess the password faster than sign-in.
 * Every other session of the user ends (setPassword bumps the session version).
 */
export async function changeOwnPassword(
  db: Database,
  userId: string,
  passwords: { currentPassword: string; newPassword: string },
  caller: { ip: string; now?: Date },
): Promise<void> {
  const user = await db.prisma.user.findUnique({
    where: { id: userId },
    select: { passwordHash: true, email: true },
  });
  if (!user) throw new UserNotFoundError();
  assertPasswordPolicy(passwords.newPassword, [user.email]);
  const attempt = await reserveLoginAttempt(db, {
    email: user.email,
    ip: caller.ip,
    now: caller.now ?? new Date(),
  });
  if (!(await verifyPassword(user.passwordHash, passwords.currentPassword))) throw new WrongPasswordError();
  await attempt.succeed();
  await setPassword(db, userId, passwords.newPassword);
}

export async function setOwnLocale(db: Database, userId: string, locale: Locale): Promise<void> {
  const { count } = await db.prisma.user.updateMany({ where: { id: userId }, data: { locale } });
  if (count === 0) throw new UserNotFoundError();
}
