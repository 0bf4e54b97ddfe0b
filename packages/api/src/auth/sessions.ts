import type { Database } from "@antdash/db";
import { UserNotFoundError } from "./users";

/**
 * Ends one session (sign-out): a replay of its cookie is refused from now on. The row is kept until the session
 * would have expired anyway; older rows are pruned on the way.
 */
export async function endSession(
  db: Database,
  session: { sessionId: string; userId: string; expiresAt: Date },
  now = new Date(),
): Promise<void> {
  await db.prisma.endedSession.upsert({
    where: { sessionId: session.sessionId },
    create: {
      sessionId: session.sessionId,
      userId: session.userId,
      endedAt: now,
      expiresAt: session.expiresAt,
    },
    update: {},
    select: { sessionId: true },
  });
  await db.prisma.endedSession.deleteMany({ where: { expiresAt: { lt: now } } });
}

/** "Sign out everywhere": every session of the user, this one included, ends. */
export async function endAllSessions(db: Database, userId: string): Promise<void> {
  const { count } = await db.prisma.user.updateMany({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
  });
  if (count === 0) throw new UserNotFoundError();
}
