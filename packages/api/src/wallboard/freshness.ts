import { type Database, newestCallAt } from "@antdash/db";
import type { Freshness } from "./wallboard-schemas";

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
