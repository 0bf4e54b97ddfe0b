import { recordAudit } from "../audit/audit";
import { adminProcedure } from "../trpc";
import { tvDisplayIdSchema, tvDisplayViewSchema } from "./tv-display-schemas";
import { renameTvDisplay, tvDisplayNameSchema } from "./tv-displays";

export const renameTvDisplayInput = tvDisplayIdSchema.extend({ name: tvDisplayNameSchema });
export const renameTvDisplayOutput = tvDisplayViewSchema;

/** admin.renameTvDisplay (admin). */
export const renameTvDisplayProcedure = adminProcedure
  .input(renameTvDisplayInput)
  .output(renameTvDisplayOutput)
  .mutation(async ({ ctx, input }) => {
    const display = await renameTvDisplay(ctx.db, input.id, input.name);
    await recordAudit(ctx.db, {
      user: ctx.user,
      action: "tv_display.rename",
      detail: { displayId: input.id, name: input.name },
    });
    return display;
  });
