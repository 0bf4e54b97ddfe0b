import { z } from "zod";
import { adminProcedure } from "../trpc";
import { getSettings, settingsSchema } from "./settings";

export const getSettingsInput = z.void();
export const getSettingsOutput = settingsSchema;

/** admin.getSettings: time zone and thresholds (admin; everyone else reads them through wallboard.config). */
export const getSettingsProcedure = adminProcedure
  .input(getSettingsInput)
  .output(getSettingsOutput)
  .query(({ ctx }) => getSettings(ctx.db));
