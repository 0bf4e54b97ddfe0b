import { z } from "zod";
import { viewerProcedure } from "../trpc";
import { callDetailSchema } from "./call-views";
import { getCall } from "./get-call";

export const getCallInput = z.object({ id: z.string().min(1).max(512) });
export const getCallOutput = callDetailSchema;

/** calls.get: every field of one call (viewer+). */
export const getCallProcedure = viewerProcedure
  .input(getCallInput)
  .output(getCallOutput)
  .query(({ ctx, input }) => getCall(ctx.db, input.id));
