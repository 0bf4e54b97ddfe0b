import type { Database } from "@antdash/db";
import { EmailTakenError, createUser } from "./users";

/**
 * Creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when no active admin exists; otherwise does nothing (so
 * it runs safely on every start, and changing the variables later never resets anyone's password). Throws
 * WeakPasswordError for a password below the policy.
 */
export async function ensureBootstrapAdmin(
  db: Database,
  admin: { email: string; password: string; name?: string },
): Promise<{ created: boolean }> {
  const admins = await db.prisma.user.count({ where: { role: "admin", disabledAt: null } });
  if (admins > 0) return { created: false };
  try {
    await createUser(db, {
      email: admin.email,
      password: admin.password,
      name: admin.name ?? "Admin",
      role: "admin",
    });
    return { created: true };
  } catch (error) {
    // Another instance started at the same moment and created it first.
    if (error instanceof EmailTakenError) return { created: false };
    throw error;
  }
}
