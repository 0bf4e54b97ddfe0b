import { z } from "zod";
import { viewerProcedure } from "../trpc";
import { callHeatmap, HEATMAP_MODES } from "./heatmap";
import { analyticsInput } from "./input-schemas";
import { heatmapSchema } from "./output-schemas";
import { sharedResult } from "../read-cache/shared-result-middleware";

export const heatmapInput = analyticsInput.extend({
  /** What the cells' value shows (default volume: calls per day). */
  mode: z.enum(HEATMAP_MODES, { error: `mode must be one of: ${HEATMAP_MODES.join(", ")}` }).optional(),
});

/** analytics.heatmap: calls by hour of day x day of week in the viewer's zone, averaged per day of each weekday. */
export const heatmapProcedure = viewerProcedure
  .input(heatmapInput)
  .use(sharedResult)
  .output(heatmapSchema)
  .query(({ ctx, input }) =>
    callHeatmap(ctx.db, input.filter, { timeZone: ctx.timeZone, ...(input.mode && { mode: input.mode }) }),
  );
