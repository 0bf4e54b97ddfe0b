import { z } from "zod";
import { viewerProcedure } from "../trpc";
import { syncProgressSchema, syncRunSchema } from "./sync-schemas";
import { getSyncStatus } from "./sync-status";

export const syncStatusInput = z.void();
export const syncStatusOutput = z.object({
  newestCallAt: z.date().nullable(),
  lastSuccessAt: z.date().nullable(),
  controllerAvailable: z.boolean(),
  incremental: z.boolean(),
  running: syncProgressSchema.nullable(),
  recentRuns: z.array(syncRunSchema),
  lastError: z.string().nullable(),
});

/** sync.status: how fresh the cache is, the run in progress, recent runs and the last error (viewer+: the
 *  dashboard shows data freshness to everyone). */
export const syncStatusProcedure = viewerProcedure
  .input(syncStatusInput)
  .output(syncStatusOutput)
  .query(({ ctx }) => getSyncStatus(ctx.db, ctx.syncController));
