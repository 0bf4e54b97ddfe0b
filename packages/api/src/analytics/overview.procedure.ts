import { viewerProcedure } from "../trpc";
import { analyticsInput, timeBucketSchema } from "./input-schemas";
import { overviewSchema } from "./output-schemas";
import { callOverview } from "./overview";
import { sharedResult } from "../read-cache/shared-result-middleware";

export const overviewInput = analyticsInput.extend({
  /** Time-series bucket; by default the one that suits the range (hours up to 2 days, days up to 3 months...). */
  bucket: timeBucketSchema.optional(),
});

/** analytics.overview: summary, previous period, every breakdown and the time series in one call (first paint). */
export const overviewProcedure = viewerProcedure
  .input(overviewInput)
  .use(sharedResult)
  .output(overviewSchema)
  .query(({ ctx, input }) =>
    callOverview(ctx.db, input.filter, {
      timeZone: ctx.timeZone,
      kpi: ctx.kpi,
      ...(input.bucket && { bucket: input.bucket }),
    }),
  );
