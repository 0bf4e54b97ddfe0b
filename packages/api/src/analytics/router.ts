import { router } from "../trpc";
import { breakdownProcedure } from "./breakdown.procedure";
import { distributionProcedure } from "./distribution.procedure";
import { heatmapProcedure } from "./heatmap.procedure";
import { overviewProcedure } from "./overview.procedure";
import { summaryProcedure } from "./summary.procedure";
import { timeSeriesProcedure } from "./time-series.procedure";
import { waitDistributionProcedure } from "./wait-distribution.procedure";

/** Dashboard analytics (viewer and up). The wallboard reuses the domain functions behind these. */
export const analyticsRouter = router({
  overview: overviewProcedure,
  summary: summaryProcedure,
  breakdown: breakdownProcedure,
  timeSeries: timeSeriesProcedure,
  heatmap: heatmapProcedure,
  distribution: distributionProcedure,
  waitDistribution: waitDistributionProcedure,
});
