import { z } from "zod";
import { viewerProcedure } from "../trpc";
import { deleteSavedView } from "./saved-views";

export const deleteSavedViewInput = z.object({ id: z.string().min(1).max(64) });
export const deleteSavedViewOutput = z.object({ ok: z.literal(true) });

/** auth.deleteSavedView: delete one of my saved views (viewer+). */
export const deleteSavedViewProcedure = viewerProcedure
  .input(deleteSavedViewInput)
  .output(deleteSavedViewOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteSavedView(ctx.db, ctx.user.id, input.id);
    return { ok: true as const };
  });
