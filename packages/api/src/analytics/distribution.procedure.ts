import { viewerProcedure } from "../trpc";
import { callDistribution } from "./distribution";
import { analyticsInput } from "./input-schemas";
import { distributionSchema } from "./output-schemas";
import { sharedResult } from "../read-cache/shared-result-middleware";

/** analytics.distribution: billing (talk) vs duration as a fixed grid of binned counts. */
export const distributionProcedure = viewerProcedure
  .input(analyticsInput)
  .use(sharedResult)
  .output(distributionSchema)
  .query(({ ctx, input }) => callDistribution(ctx.db, input.filter));
