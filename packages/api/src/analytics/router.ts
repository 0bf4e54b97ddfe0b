// Placeholder created by the API helper so the root router compiles; the analytics domain owns and replaces it.
import { z } from "zod";
import { callFilterSchema } from "../calls/call-filter";
import { router, viewerProcedure } from "../trpc";
import { summarizeCalls } from "./summary";

const counts = z.record(z.string(), z.number());

export const summaryInput = z.object({ filter: callFilterSchema });
export const summaryOutput = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number(),
  byDirection: counts,
  byStatus: counts,
  byClass: counts,
  byDid: counts,
  byAgent: counts,
  answered: z.number(),
  answerRate: z.number(),
  abandoned: z.number(),
  billingSeconds: z.number(),
  durationSeconds: z.number(),
  waitSeconds: z.number(),
  avgTalkSeconds: z.number(),
  medianTalkSeconds: z.number(),
  avgWaitSeconds: z.number(),
  medianWaitSeconds: z.number(),
});

export const analyticsRouter = router({
  summary: viewerProcedure
    .input(summaryInput)
    .output(summaryOutput)
    .query(({ ctx, input }) => summarizeCalls(ctx.db, input.filter)),
});
