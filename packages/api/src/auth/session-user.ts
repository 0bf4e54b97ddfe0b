import type { Database } from "@antdash/db";
import type { SessionUser } from "../context";
import { toLocale } from "./locales";
import { ROLES, type Role } from "./roles";

export function toSessionUser(row: {
  id: string;
  email: string;
  name: string;
  role: string;
  locale: string;
}): SessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    // An unknown stored role gets the least access rather than failing every request.
    role: (ROLES as readonly string[]).includes(row.role) ? (row.role as Role) : "viewer",
    locale: toLocale(row.locale),
  };
}

/** What a session token names: the user, the session itself and the session version it was issued under. */
export interface SessionClaims {
  userId: string;
  /** Unique per sign-in: signing out ends this one session. */
  sessionId: string;
  /** users.session_version when the session began. */
  version: number;
}

/**
 * The user behind a session, read fresh on every request: a user disabled, deleted or given another role since
 * signing in, a password changed or reset, "sign out everywhere" (each bumps the session version) and a session
 * signed out all end it at once. Null when the session no longer grants access.
 */
export async function loadSessionUser(db: Database, session: SessionClaims): Promise<SessionUser | null> {
  const [row, ended] = await Promise.all([
    db.prisma.user.findUnique({
      where: { id: session.userId },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        locale: true,
        disabledAt: true,
        sessionVersion: true,
      },
    }),
    db.prisma.endedSession.findUnique({
      where: { sessionId: session.sessionId },
      select: { sessionId: true },
    }),
  ]);
  if (!row || row.disabledAt !== null || row.sessionVersion !== session.version || ended) return null;
  return toSessionUser(row);
}
