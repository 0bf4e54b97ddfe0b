import { type Database, newestCallAt } from "@antdash/db";

/** How current the cache is: the wall greys out when either instant is older than the stale threshold. */
export interface Freshness {
  /** started_at of the newest cached call. */
  newestCallAt: Date | null;
  /** When the last successful sync run finished (any process). */
  lastSyncAt: Date | null;
  /** Whether the newest finished run failed (the upstream may be down). */
  lastSyncFailed: boolean;
}

export async function cacheFreshness(db: Database): Promise<Freshness> {
  const [newest, lastSuccess, lastFinished] = await Promise.all([
    newestCallAt(db),
    db.prisma.syncRun.findFirst({
      where: { status: "succeeded" },
      orderBy: { finishedAt: "desc" },
      select: { finishedAt: true },
    }),
    db.prisma.syncRun.findFirst({
      where: { finishedAt: { not: null } },
      orderBy: { finishedAt: "desc" },
      select: { status: true },
    }),
  ]);
  return {
    newestCallAt: newest,
    lastSyncAt: lastSuccess?.finishedAt ?? null,
    lastSyncFailed: lastFinished?.status === "failed",
  };
}
