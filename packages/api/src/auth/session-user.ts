import type { Database } from "@antdash/db";
import type { SessionUser } from "../context";
import { toLocale } from "./locales";
import { ROLES, type Role } from "./roles";

export function toSessionUser(row: { id: string; email: string; name: string; role: string; locale: string }): SessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    // An unknown stored role gets the least access rather than failing every request.
    role: (ROLES as readonly string[]).includes(row.role) ? (row.role as Role) : "viewer",
    locale: toLocale(row.locale),
  };
}

/**
 * The user behind a session, read fresh on every request: a user disabled, deleted or given another role since
 * signing in is treated accordingly at once. Null when the session no longer grants access.
 */
export async function loadSessionUser(db: Database, userId: string): Promise<SessionUser | null> {
  const row = await db.prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, locale: true, disabledAt: true },
  });
  if (!row || row.disabledAt !== null) return null;
  return toSessionUser(row);
}
