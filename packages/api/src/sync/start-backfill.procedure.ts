import { z } from "zod";
import { recordAudit } from "../audit/audit";
import { adminProcedure } from "../trpc";
import { instantInput } from "../validation";
import { requireSyncController } from "./sync-controller";

/** Longest backfill one request may start (AntRing is asked month by month; longer ranges take several runs). */
const MAX_BACKFILL_DAYS = 366;

export const startBackfillInput = z
  .object({
    from: instantInput("from"),
    to: instantInput("to"),
  })
  .refine((r) => !Number.isNaN(r.from.getTime()) && !Number.isNaN(r.to.getTime()), {
    message: "from and to must be valid dates",
  })
  .refine((r) => r.to.getTime() > r.from.getTime(), { message: "to must be after from", path: ["to"] })
  .refine((r) => r.to.getTime() - r.from.getTime() <= MAX_BACKFILL_DAYS * 86_400_000, {
    message: `a backfill covers at most ${MAX_BACKFILL_DAYS} days`,
    path: ["to"],
  });
export const startBackfillOutput = z.object({ started: z.literal(true), runId: z.string().optional() });

/** sync.startBackfill: copy a past range from AntRing into the cache, in the background (admin). */
export const startBackfillProcedure = adminProcedure
  .input(startBackfillInput)
  .output(startBackfillOutput)
  .mutation(async ({ ctx, input }) => {
    const controller = requireSyncController(ctx.syncController);
    const to = new Date(Math.min(input.to.getTime(), Date.now()));
    const result = await controller.startBackfill({ from: input.from, to });
    await recordAudit(ctx.db, { user: ctx.user, action: "sync.backfill", detail: { from: input.from, to } });
    return { started: true as const, ...(result?.runId !== undefined && { runId: result.runId }) };
  });
