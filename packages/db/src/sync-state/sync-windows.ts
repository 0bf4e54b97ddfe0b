import type { Database } from "../database/open-database";

export interface DoneWindow {
  from: Date;
  to: Date;
  completedAt: Date;
}

/**
 * Done windows overlapping [from, to) (a window touching the range only at an end is not returned), oldest first.
 * A window is "done" only after every page of it was fetched and written.
 */
export async function getDoneWindows(db: Database, from: Date, to: Date): Promise<DoneWindow[]> {
  const windows = await db.prisma.syncWindow.findMany({
    where: { windowFrom: { lt: to }, windowTo: { gt: from } },
    orderBy: [{ windowFrom: "asc" }, { windowTo: "asc" }],
    select: { windowFrom: true, windowTo: true, completedAt: true },
  });
  return windows.map((w) => ({ from: w.windowFrom, to: w.windowTo, completedAt: w.completedAt }));
}

/** Marks [from, to] done (again: a re-read replaces the earlier mark and its counts). */
export async function markWindowDone(
  db: Database,
  input: { from: Date; to: Date; runId: string; callsSeen: number; callsInserted: number; pages: number },
): Promise<void> {
  const { from, to, ...counts } = input;
  await db.prisma.syncWindow.upsert({
    where: { windowFrom_windowTo: { windowFrom: from, windowTo: to } },
    create: { windowFrom: from, windowTo: to, ...counts },
    update: { ...counts, completedAt: new Date() },
    select: { windowFrom: true },
  });
}

/**
 * Forgets done-marks overlapping or touching [from, to], so those windows are read again. (Clearing errs wide and
 * getDoneWindows errs narrow: both err towards re-reading, which idempotent writes make harmless.)
 */
export async function clearWindows(db: Database, from: Date, to: Date): Promise<void> {
  await db.prisma.syncWindow.deleteMany({ where: { windowFrom: { lte: to }, windowTo: { gte: from } } });
}
