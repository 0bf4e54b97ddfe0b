import { z } from "zod";
import { viewerProcedure } from "../trpc";
import { endAllSessions } from "./sessions";

export const signOutEverywhereOutput = z.object({ ok: z.literal(true) });

/** auth.signOutEverywhere: end every session of mine, on every device, this one included (viewer+). */
export const signOutEverywhereProcedure = viewerProcedure
  .input(z.void())
  .output(signOutEverywhereOutput)
  .mutation(async ({ ctx }) => {
    await endAllSessions(ctx.db, ctx.user.id);
    return { ok: true as const };
  });
