import { z } from "zod";
import { viewerProcedure } from "../trpc";
import { callBreakdown } from "./breakdown";
import { analyticsInput, breakdownDimensionSchema } from "./input-schemas";
import { breakdownRowSchema } from "./output-schemas";
import { sharedResult } from "../read-cache/shared-result-middleware";

export const breakdownInput = analyticsInput.extend({ dimension: breakdownDimensionSchema });
export const breakdownOutput = z.object({
  dimension: breakdownDimensionSchema,
  rows: z.array(breakdownRowSchema),
});

/** analytics.breakdown: KPIs per direction, status, class, DID or agent. */
export const breakdownProcedure = viewerProcedure
  .input(breakdownInput)
  .use(sharedResult)
  .output(breakdownOutput)
  .query(({ ctx, input }) => callBreakdown(ctx.db, input.filter, input.dimension));
