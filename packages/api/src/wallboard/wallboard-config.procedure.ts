import { z } from "zod";
import { getSettings, settingsSchema } from "../admin/settings";
import { localeSchema } from "../auth/users";
import { wallboardProcedure } from "../trpc";

export const wallboardConfigInput = z.void();
export const wallboardConfigOutput = settingsSchema.extend({
  /** The wall screen's name when a TV token signed in, else null. */
  displayName: z.string().nullable(),
  locale: localeSchema,
});

/** wallboard.config: time zone, thresholds and language for a wall screen (TV token) or any signed-in user. */
export const wallboardConfigProcedure = wallboardProcedure
  .input(wallboardConfigInput)
  .output(wallboardConfigOutput)
  .query(async ({ ctx }) => ({
    ...(await getSettings(ctx.db)),
    displayName: ctx.tv?.name ?? null,
    locale: ctx.tv?.locale ?? ctx.user?.locale ?? "vi",
  }));
