import { viewerProcedure } from "../trpc";
import { analyticsInput } from "./input-schemas";
import { callSummarySchema } from "./output-schemas";
import { summarizeCalls } from "./summary";

/** analytics.summary: the KPI summary (the numbers `pnpm cli report` prints for the same filter). */
export const summaryProcedure = viewerProcedure
  .input(analyticsInput)
  .output(callSummarySchema)
  .query(({ ctx, input }) => summarizeCalls(ctx.db, input.filter, ctx.kpi));
