import { listQuarantine } from "@antdash/db";
import { z } from "zod";
import { adminProcedure } from "../trpc";

export const listQuarantineInput = z
  .object({ limit: z.number().int().min(1).max(500).default(100) })
  .default({ limit: 100 });
export const listQuarantineOutput = z.array(
  z.object({
    id: z.string(),
    raw: z.unknown(),
    reason: z.string(),
    windowFrom: z.date(),
    windowTo: z.date(),
    page: z.number(),
    runId: z.string().optional(),
    firstSeenAt: z.date(),
    lastSeenAt: z.date(),
    timesSeen: z.number(),
  }),
);

/** sync.quarantine: upstream records that failed validation, most recently seen first (admin: raw upstream data). */
export const listQuarantineProcedure = adminProcedure
  .input(listQuarantineInput)
  .output(listQuarantineOutput)
  .query(({ ctx, input }) => listQuarantine(ctx.db, { limit: input.limit }));
