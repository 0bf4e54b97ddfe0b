import { z } from "zod";
import { countMatchingCalls } from "../analytics/call-count";
import { viewerProcedure } from "../trpc";
import { callFilterSchema } from "./call-filter";
import { sharedResult } from "../read-cache/shared-result-middleware";

export const countCallsInput = z.object({ filter: callFilterSchema });
export const countCallsOutput = z.object({ total: z.number().int() });

/**
 * calls.count: how many calls match the filter (viewer+). Asked beside the first page when calls.list gives no
 * `total` (a number search, duration range or has-recording criterion: counted over the raw calls, which can take
 * longer than the page itself), and before a large export to show its progress.
 */
export const countCallsProcedure = viewerProcedure
  .input(countCallsInput)
  .use(sharedResult)
  .output(countCallsOutput)
  .query(async ({ ctx, input }) => ({ total: await countMatchingCalls(ctx.db, input.filter) }));
