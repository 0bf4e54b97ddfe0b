import { viewerProcedure } from "../trpc";
import { analyticsInput } from "./input-schemas";
import { callSummarySchema } from "./output-schemas";
import { summarizeCalls } from "./summary";
import { sharedResult } from "../read-cache/shared-result-middleware";

/** analytics.summary: the KPI summary (the numbers `pnpm cli report` prints for the same filter). */
export const summaryProcedure = viewerProcedure
  .input(analyticsInput)
  .use(sharedResult)
  .output(callSummarySchema)
  .query(({ ctx, input }) => summarizeCalls(ctx.db, input.filter, ctx.kpi));
