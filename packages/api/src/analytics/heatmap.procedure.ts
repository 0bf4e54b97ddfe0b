import { viewerProcedure } from "../trpc";
import { callHeatmap } from "./heatmap";
import { analyticsInput } from "./input-schemas";
import { heatmapSchema } from "./output-schemas";

/** analytics.heatmap: calls by hour of day x day of week in the viewer's zone. */
export const heatmapProcedure = viewerProcedure
  .input(analyticsInput)
  .output(heatmapSchema)
  .query(({ ctx, input }) => callHeatmap(ctx.db, input.filter, { timeZone: ctx.timeZone }));
