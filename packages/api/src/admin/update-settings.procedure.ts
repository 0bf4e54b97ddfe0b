import { recordAudit } from "../audit/audit";
import { adminProcedure } from "../trpc";
import { settingsPatchSchema, settingsSchema, updateSettings } from "./settings";

export const updateSettingsInput = settingsPatchSchema;
export const updateSettingsOutput = settingsSchema;

/** admin.updateSettings: change the time zone and/or the thresholds (admin). */
export const updateSettingsProcedure = adminProcedure
  .input(updateSettingsInput)
  .output(updateSettingsOutput)
  .mutation(async ({ ctx, input }) => {
    const settings = await updateSettings(ctx.db, input, ctx.user.id);
    await recordAudit(ctx.db, { user: ctx.user, action: "settings.update", detail: input });
    return settings;
  });
