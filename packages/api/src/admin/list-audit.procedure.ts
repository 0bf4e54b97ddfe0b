import { z } from "zod";
import { listAudit } from "../audit/audit";
import { adminProcedure } from "../trpc";

export const listAuditInput = z.object({
  limit: z.number().int().min(1).max(200).default(50),
  before: z.string().min(1).max(512).optional(),
});
export const listAuditOutput = z.object({
  events: z.array(
    z.object({
      id: z.string(),
      at: z.date(),
      userId: z.string().nullable(),
      userEmail: z.string().nullable(),
      cliUser: z.string().nullable(),
      action: z.string(),
      detail: z.unknown(),
    }),
  ),
  nextBefore: z.string().nullable(),
});

/** admin.listAudit: exports, recording plays, calls placed and admin changes, newest first (admin). */
export const listAuditProcedure = adminProcedure
  .input(listAuditInput)
  .output(listAuditOutput)
  .query(({ ctx, input }) => listAudit(ctx.db, input));
