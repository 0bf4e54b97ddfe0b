import type { Database } from "@antdash/db";
import { z } from "zod";

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const timeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isTimeZone, { message: "Unknown time zone (expected an IANA name such as Asia/Ho_Chi_Minh)." });

/** When the dashboard and the wallboard colour a number amber or red. */
export const thresholdsSchema = z
  .object({
    /** Answer rate below this % is red. */
    answerRateRedPercent: z.number().min(0).max(100),
    /** Answer rate below this % (and not red) is amber. */
    answerRateAmberPercent: z.number().min(0).max(100),
    /** Average wait (on the wallboard: the inbound speed of answer) above this many seconds is red. */
    maxWaitSeconds: z.number().int().min(1).max(3600),
    /**
     * Inbound abandon rate above this % is red. Defaulted so settings saved before it existed still parse (and keep
     * the admin's other thresholds).
     */
    abandonRateRedPercent: z.number().min(0).max(100).default(10),
    /** The data counts as stale when the newest cached call is older than this many minutes. */
    staleDataMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60),
  })
  .refine((t) => t.answerRateRedPercent <= t.answerRateAmberPercent, {
    message: "The red answer-rate threshold must not exceed the amber one.",
    path: ["answerRateRedPercent"],
  });

export type Thresholds = z.infer<typeof thresholdsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = {
  answerRateRedPercent: 70,
  answerRateAmberPercent: 85,
  maxWaitSeconds: 60,
  abandonRateRedPercent: 10,
  staleDataMinutes: 30,
};

/**
 * The thresholds inside the KPI definitions (docs: the KPI glossary). Whole seconds, so that the rollups' 1-second
 * bins count them exactly.
 */
export const kpiSettingsSchema = z.object({
  /** An answered inbound call counts toward the service level when its wait is at most this many seconds. */
  serviceLevelSeconds: z.number().int().min(1).max(120),
  /** An abandoned inbound call this short (duration_seconds <= this) is a short abandon: left out of the rates. */
  shortAbandonSeconds: z.number().int().min(0).max(120),
  /** The service level the center aims for (%); below it the tiles turn red. */
  serviceLevelTargetPercent: z.number().min(0).max(100),
});

export type KpiSettings = z.infer<typeof kpiSettingsSchema>;

export const DEFAULT_KPI_SETTINGS: KpiSettings = {
  serviceLevelSeconds: 20,
  shortAbandonSeconds: 5,
  serviceLevelTargetPercent: 80,
};

export const settingsSchema = z.object({
  /** The zone every number is shown and grouped in. */
  timeZone: timeZoneSchema,
  thresholds: thresholdsSchema,
  kpi: kpiSettingsSchema,
});
export type Settings = z.infer<typeof settingsSchema>;
export const settingsPatchSchema = z.object({
  timeZone: timeZoneSchema.optional(),
  thresholds: thresholdsSchema.optional(),
  kpi: kpiSettingsSchema.optional(),
});

/** Each key's stored JSON is validated on read; a missing or invalid value falls back to the default. */
export async function getSettings(db: Database): Promise<Settings> {
  const rows = await db.prisma.setting.findMany({
    where: { key: { in: ["timeZone", "thresholds", "kpi"] } },
  });
  const stored = new Map(rows.map((r) => [r.key, r.value as unknown]));
  return {
    // Default: the zone the cache computes its local dates and hours in.
    timeZone: timeZoneSchema.catch(db.timeZone).parse(stored.get("timeZone") ?? db.timeZone),
    thresholds: thresholdsSchema
      .catch(DEFAULT_THRESHOLDS)
      .parse(stored.get("thresholds") ?? DEFAULT_THRESHOLDS),
    kpi: kpiSettingsSchema.catch(DEFAULT_KPI_SETTINGS).parse(stored.get("kpi") ?? DEFAULT_KPI_SETTINGS),
  };
}

/** Saves the given keys (each validated by the caller's schema) and returns all settings. */
export async function updateSettings(
  db: Database,
  patch: z.infer<typeof settingsPatchSchema>,
  updatedBy: string | null,
): Promise<Settings> {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    await db.prisma.setting.upsert({
      where: { key },
      create: { key, value, updatedBy },
      update: { value, updatedBy },
      select: { key: true },
    });
  }
  return getSettings(db);
}
