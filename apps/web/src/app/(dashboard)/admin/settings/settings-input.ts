import type { Thresholds } from "@antdash/api";

/** The form's fields as typed (strings until they are checked). */
export type SettingsDraft = { timeZone: string } & Record<keyof Thresholds, string>;
export type SettingsField = keyof SettingsDraft;
export type SettingsProblem = "timeZoneInvalid" | "outOfRange" | "redAboveAmber";

/** The bounds of the API's thresholds schema (packages/api admin/settings.ts). */
export const THRESHOLD_LIMITS: Record<keyof Thresholds, { min: number; max: number; integer: boolean }> = {
  answerRateRedPercent: { min: 0, max: 100, integer: false },
  answerRateAmberPercent: { min: 0, max: 100, integer: false },
  maxWaitSeconds: { min: 1, max: 3600, integer: true },
  staleDataMinutes: { min: 1, max: 7 * 24 * 60, integer: true },
};

const THRESHOLD_KEYS = Object.keys(THRESHOLD_LIMITS) as (keyof Thresholds)[];

/** True for a zone this runtime knows by its IANA name (the check the API makes). */
export function isTimeZone(zone: string): boolean {
  if (zone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone.trim() });
    return true;
  } catch {
    return false;
  }
}

export function draftOf(settings: { timeZone: string; thresholds: Thresholds }): SettingsDraft {
  const draft = { timeZone: settings.timeZone } as SettingsDraft;
  for (const key of THRESHOLD_KEYS) draft[key] = String(settings.thresholds[key]);
  return draft;
}

/** The settings to save, or what is wrong with each field. */
export function parseSettings(
  draft: SettingsDraft,
):
  | { timeZone: string; thresholds: Thresholds }
  | { problems: Partial<Record<SettingsField, SettingsProblem>> } {
  const problems: Partial<Record<SettingsField, SettingsProblem>> = {};
  if (!isTimeZone(draft.timeZone)) problems.timeZone = "timeZoneInvalid";
  const thresholds = {} as Thresholds;
  for (const key of THRESHOLD_KEYS) {
    const { min, max, integer } = THRESHOLD_LIMITS[key];
    const text = draft[key].trim();
    const value = Number(text);
    if (
      text === "" ||
      !Number.isFinite(value) ||
      value < min ||
      value > max ||
      (integer && !Number.isInteger(value))
    ) {
      problems[key] = "outOfRange";
    } else thresholds[key] = value;
  }
  if (
    !problems.answerRateRedPercent &&
    !problems.answerRateAmberPercent &&
    thresholds.answerRateRedPercent > thresholds.answerRateAmberPercent
  ) {
    problems.answerRateRedPercent = "redAboveAmber";
  }
  return Object.keys(problems).length > 0 ? { problems } : { timeZone: draft.timeZone.trim(), thresholds };
}
