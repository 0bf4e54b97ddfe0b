import type { Database } from "../database/open-database";

export type SyncRunKind = "backfill" | "incremental";
export type SyncRunStatus = "running" | "succeeded" | "failed" | "cancelled";

export interface SyncRunProgress {
  windowsDone: number;
  callsSeen: number;
  callsInserted: number;
  quarantined: number;
  /** Cached calls replaced by a later, changed listing of the same call. */
  callsCorrected: number;
  /** Cached calls a complete read of their window no longer listed. */
  callsRemoved: number;
  /** Corrected calls per changed field, e.g. {"recording": 3, "did_number": 1}. */
  correctedFields: Record<string, number>;
}

export interface SyncRunView extends SyncRunProgress {
  id: string;
  kind: SyncRunKind;
  status: SyncRunStatus;
  rangeFrom: Date;
  rangeTo: Date;
  windowsTotal: number;
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

/** Records a run as "running". */
export async function startSyncRun(
  db: Database,
  input: { kind: SyncRunKind; rangeFrom: Date; rangeTo: Date; windowsTotal: number },
): Promise<{ id: string }> {
  return db.prisma.syncRun.create({ data: input, select: { id: true } });
}

/** Sets the given counters to these totals (absolute values, not increments). */
export async function updateSyncRun(
  db: Database,
  id: string,
  patch: Partial<SyncRunProgress>,
): Promise<void> {
  await db.prisma.syncRun.update({ where: { id }, data: patch, select: { id: true } });
}

export async function finishSyncRun(
  db: Database,
  id: string,
  result: { status: Exclude<SyncRunStatus, "running">; error?: string },
): Promise<void> {
  await db.prisma.syncRun.update({
    where: { id },
    data: { status: result.status, error: result.error ?? null, finishedAt: new Date() },
    select: { id: true },
  });
}

/** Newest first (default limit 20). */
export async function listSyncRuns(db: Database, opts: { limit?: number } = {}): Promise<SyncRunView[]> {
  const runs = await db.prisma.syncRun.findMany({
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: opts.limit ?? 20,
  });
  return runs.map((run) => ({
    ...run,
    kind: run.kind as SyncRunKind,
    status: run.status as SyncRunStatus,
    correctedFields: fieldCounts(run.correctedFields),
  }));
}

function fieldCounts(value: unknown): Record<string, number> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === "number"),
  );
}
