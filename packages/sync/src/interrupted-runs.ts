import type { Database } from "@antdash/db";

export const INTERRUPTED_RUN_ERROR =
  "interrupted: the runner stopped before it could record how the run ended";

/**
 * Marks runs still "running" as failed. Call it only while holding the sync lease: then no other runner is live, so
 * such a run belongs to one that was killed, or that could not reach the database when it ended. Without this the
 * status page would show it running forever.
 */
export async function closeInterruptedRuns(db: Database): Promise<number> {
  const { count } = await db.prisma.syncRun.updateMany({
    where: { status: "running" },
    data: { status: "failed", error: INTERRUPTED_RUN_ERROR, finishedAt: new Date() },
  });
  return count;
}
