import { z } from "zod";
import { viewerProcedure } from "../trpc";
import { callFilterSchema } from "./call-filter";
import { callListRowSchema } from "./call-views";
import { callSortSchema, listCalls, MAX_CALL_PAGE_SIZE } from "./list-calls";
import { sharedResult } from "../read-cache/shared-result-middleware";

export const listCallsInput = z.object({
  filter: callFilterSchema,
  sort: callSortSchema.default({ column: "started_at", direction: "desc" }),
  limit: z.number().int().min(1).max(MAX_CALL_PAGE_SIZE).default(50),
  cursor: z.string().min(1).max(1024).optional(),
});

export const listCallsOutput = z.object({
  rows: z.array(callListRowSchema),
  nextCursor: z.string().nullable(),
  total: z.number().int().optional(),
});

/**
 * calls.list: one page of the filtered call list, sorted on the server (viewer+). The first page carries `total`
 * when the rollups can count it cheaply; otherwise (number search, duration range, has-recording) ask calls.count.
 */
export const listCallsProcedure = viewerProcedure
  .input(listCallsInput)
  .use(sharedResult)
  .output(listCallsOutput)
  .query(({ ctx, input }) => listCalls(ctx.db, input));
