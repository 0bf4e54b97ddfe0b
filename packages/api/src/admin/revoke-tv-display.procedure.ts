import { z } from "zod";
import { recordAudit } from "../audit/audit";
import { adminProcedure } from "../trpc";
import { tvDisplayIdSchema } from "./tv-display-schemas";
import { revokeTvDisplay } from "./tv-displays";

export const revokeTvDisplayInput = tvDisplayIdSchema;
export const revokeTvDisplayOutput = z.object({ ok: z.literal(true) });

/** admin.revokeTvDisplay: the screen's token stops working at once (admin). */
export const revokeTvDisplayProcedure = adminProcedure
  .input(revokeTvDisplayInput)
  .output(revokeTvDisplayOutput)
  .mutation(async ({ ctx, input }) => {
    await revokeTvDisplay(ctx.db, input.id);
    await recordAudit(ctx.db, {
      user: ctx.user,
      action: "tv_display.revoke",
      detail: { displayId: input.id },
    });
    return { ok: true as const };
  });
