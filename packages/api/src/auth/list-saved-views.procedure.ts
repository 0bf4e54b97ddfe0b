import { z } from "zod";
import { viewerProcedure } from "../trpc";
import { listSavedViews } from "./saved-views";

export const savedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  query: z.string(),
  createdAt: z.date(),
});
export const listSavedViewsInput = z.void();
export const listSavedViewsOutput = z.array(savedViewSchema);

/** auth.listSavedViews: my saved views, by name (viewer+). */
export const listSavedViewsProcedure = viewerProcedure
  .input(listSavedViewsInput)
  .output(listSavedViewsOutput)
  .query(({ ctx }) => listSavedViews(ctx.db, ctx.user.id));
