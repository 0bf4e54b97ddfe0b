import { z } from "zod";
import { viewerProcedure } from "../trpc";
import { savedViewSchema } from "./list-saved-views.procedure";
import { savedViewNameSchema, savedViewQuerySchema, saveView } from "./saved-views";

export const saveViewInput = z.object({ name: savedViewNameSchema, query: savedViewQuerySchema });
export const saveViewOutput = savedViewSchema;

/** auth.saveView: save the current view under a name, replacing one of the same name (viewer+). */
export const saveViewProcedure = viewerProcedure
  .input(saveViewInput)
  .output(saveViewOutput)
  .mutation(({ ctx, input }) => saveView(ctx.db, ctx.user.id, input));
