import type { Database } from "@antdash/db";
import { InvalidInputError } from "../errors";
import type { Locale } from "./locales";
import { assertPasswordPolicy, verifyPassword } from "./password";
import { setPassword, UserNotFoundError } from "./users";

export class WrongPasswordError extends InvalidInputError {
  constructor() {
    super("The current password is not correct.");
  }
}

/** A signed-in user changes their own password, proving they know the current one. */
export async function changeOwnPassword(
  db: Database,
  userId: string,
  passwords: { currentPassword: string; newPassword: string },
): Promise<void> {
  assertPasswordPolicy(passwords.newPassword);
  const user = await db.prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new UserNotFoundError();
  if (!(await verifyPassword(user.passwordHash, passwords.currentPassword))) throw new WrongPasswordError();
  await setPassword(db, userId, passwords.newPassword);
}

export async function setOwnLocale(db: Database, userId: string, locale: Locale): Promise<void> {
  const { count } = await db.prisma.user.updateMany({ where: { id: userId }, data: { locale } });
  if (count === 0) throw new UserNotFoundError();
}
