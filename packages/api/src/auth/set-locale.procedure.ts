import { z } from "zod";
import { viewerProcedure } from "../trpc";
import { setOwnLocale } from "./account";
import { localeSchema } from "./users";

export const setLocaleInput = z.object({ locale: localeSchema });
export const setLocaleOutput = z.object({ locale: localeSchema });

/** auth.setLocale: remember my language (viewer+). */
export const setLocaleProcedure = viewerProcedure
  .input(setLocaleInput)
  .output(setLocaleOutput)
  .mutation(async ({ ctx, input }) => {
    await setOwnLocale(ctx.db, ctx.user.id, input.locale);
    return { locale: input.locale };
  });
