import { viewerProcedure } from "../trpc";
import { analyticsInput } from "./input-schemas";
import { waitDistributionSchema } from "./output-schemas";
import { inboundWaitDistribution } from "./wait-distribution";
import { sharedResult } from "../read-cache/shared-result-middleware";

/** analytics.waitDistribution: inbound answered and abandoned calls per wait bucket, with the service-level threshold. */
export const waitDistributionProcedure = viewerProcedure
  .input(analyticsInput)
  .use(sharedResult)
  .output(waitDistributionSchema)
  .query(({ ctx, input }) =>
    inboundWaitDistribution(ctx.db, input.filter, { serviceLevelSeconds: ctx.kpi.serviceLevelSeconds }),
  );
