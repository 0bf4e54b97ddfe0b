import { viewerProcedure } from "../trpc";
import { analyticsInput, timeBucketSchema } from "./input-schemas";
import { timeSeriesSchema } from "./output-schemas";
import { callTimeSeries } from "./time-series";
import { sharedResult } from "../read-cache/shared-result-middleware";

export const timeSeriesInput = analyticsInput.extend({ bucket: timeBucketSchema.default("day") });

/** analytics.timeSeries: calls per hour, day, week or month in the viewer's zone, stacked by status. */
export const timeSeriesProcedure = viewerProcedure
  .input(timeSeriesInput)
  .use(sharedResult)
  .output(timeSeriesSchema)
  .query(({ ctx, input }) =>
    callTimeSeries(ctx.db, input.filter, { timeZone: ctx.timeZone, bucket: input.bucket }),
  );
