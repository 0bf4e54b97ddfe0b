import { type Database, listSyncRuns, newestCallAt, type SyncRunView } from "@antdash/db";
import type { SyncProgress } from "@antdash/sync";
import type { SyncController } from "./sync-controller";

export interface SyncStatus {
  /** started_at of the newest cached call (how fresh the dashboard is), or null when the cache is empty. */
  newestCallAt: Date | null;
  /** When the last successful run finished. */
  lastSuccessAt: Date | null;
  /** Whether this process can run syncs (and start backfills). */
  controllerAvailable: boolean;
  incremental: boolean;
  /** Live progress of the run in progress in this process, or null. */
  running: SyncProgress | null;
  /** Most recent runs, newest first (any process). */
  recentRuns: SyncRunView[];
  /** The controller's last error, else the error of the newest finished run when it failed; null when healthy. */
  lastError: string | null;
}

const RECENT_RUNS = 10;

export async function getSyncStatus(
  db: Database,
  controller: SyncController | undefined,
): Promise<SyncStatus> {
  const [newest, runs, lastSuccess] = await Promise.all([
    newestCallAt(db),
    listSyncRuns(db, { limit: RECENT_RUNS }),
    db.prisma.syncRun.findFirst({
      where: { status: "succeeded" },
      orderBy: { finishedAt: "desc" },
      select: { finishedAt: true },
    }),
  ]);
  const live = controller?.status();
  const lastFinished = runs.find((run) => run.status !== "running");
  return {
    newestCallAt: newest,
    lastSuccessAt: lastSuccess?.finishedAt ?? null,
    controllerAvailable: controller !== undefined,
    incremental: live?.incremental ?? false,
    running: live?.running ?? null,
    recentRuns: runs,
    lastError: live?.lastError ?? (lastFinished?.status === "failed" ? lastFinished.error : null),
  };
}
