import { z } from "zod";
import { recordAudit } from "../audit/audit";
import { adminProcedure } from "../trpc";
import { tvDisplayViewSchema } from "./tv-display-schemas";
import { createTvDisplay, tvDisplayNameSchema } from "./tv-displays";

export const createTvDisplayInput = z.object({ name: tvDisplayNameSchema });
/** The token appears in this answer only: it cannot be shown again. */
export const createTvDisplayOutput = z.object({ display: tvDisplayViewSchema, token: z.string() });

/** admin.createTvDisplay (admin). */
export const createTvDisplayProcedure = adminProcedure
  .input(createTvDisplayInput)
  .output(createTvDisplayOutput)
  .mutation(async ({ ctx, input }) => {
    const created = await createTvDisplay(ctx.db, { name: input.name, createdBy: ctx.user.id });
    await recordAudit(ctx.db, {
      user: ctx.user,
      action: "tv_display.create",
      detail: { displayId: created.display.id, name: created.display.name },
    });
    return created;
  });
