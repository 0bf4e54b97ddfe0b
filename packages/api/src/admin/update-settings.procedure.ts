import { rebuildCallbackCases } from "@antdash/db";
import { recordAudit } from "../audit/audit";
import { adminProcedure } from "../trpc";
import { getSettings, settingsPatchSchema, settingsSchema, updateSettings } from "./settings";

export const updateSettingsInput = settingsPatchSchema;
export const updateSettingsOutput = settingsSchema;

/** admin.updateSettings: change the time zone and/or the thresholds (admin). */
export const updateSettingsProcedure = adminProcedure
  .input(updateSettingsInput)
  .output(updateSettingsOutput)
  .mutation(async ({ ctx, input }) => {
    const before = await getSettings(ctx.db);
    const settings = await updateSettings(ctx.db, input, ctx.user.id);
    // The short-abandon threshold decides which missed calls open call-back cases: rebuild them all.
    if (settings.kpi.shortAbandonSeconds !== before.kpi.shortAbandonSeconds)
      await rebuildCallbackCases(ctx.db);
    await recordAudit(ctx.db, { user: ctx.user, action: "settings.update", detail: input });
    return settings;
  });
