import { z } from "zod";
import { callFilterSchema } from "../calls/call-filter";
import { BREAKDOWN_DIMENSIONS } from "./breakdowns";
import { TIME_BUCKETS } from "./time-series";

/** Every analytics procedure takes the call filter (the one the call list and exports take) plus its options. */
export const analyticsInput = z.object({ filter: callFilterSchema });

export const timeBucketSchema = z.enum(TIME_BUCKETS, {
  error: `bucket must be one of: ${TIME_BUCKETS.join(", ")}`,
});

export const breakdownDimensionSchema = z.enum(BREAKDOWN_DIMENSIONS, {
  error: `dimension must be one of: ${BREAKDOWN_DIMENSIONS.join(", ")}`,
});
