import type { KpiSettings, Thresholds } from "@antdash/api";

type NumberField = keyof Thresholds | keyof KpiSettings;
/** The form's fields as typed (strings until they are checked). */
export type SettingsDraft = { timeZone: string } & Record<NumberField, string>;
export type SettingsField = keyof SettingsDraft;
export type SettingsProblem = "timeZoneInvalid" | "outOfRange" | "redAboveAmber";
export interface SavedSettings {
  timeZone: string;
  thresholds: Thresholds;
  kpi: KpiSettings;
}

interface Limits {
  min: number;
  max: number;
  integer: boolean;
}

/** The bounds of the API's thresholds schema (packages/api admin/settings.ts). */
const THRESHOLD_LIMITS: Record<keyof Thresholds, Limits> = {
  answerRateRedPercent: { min: 0, max: 100, integer: false },
  answerRateAmberPercent: { min: 0, max: 100, integer: false },
  maxWaitSeconds: { min: 1, max: 3600, integer: true },
  staleDataMinutes: { min: 1, max: 7 * 24 * 60, integer: true },
};

/** The bounds of the API's KPI settings schema: whole seconds, so the rollups' 1-second bins count them exactly. */
const KPI_LIMITS: Record<keyof KpiSettings, Limits> = {
  serviceLevelSeconds: { min: 1, max: 120, integer: true },
  shortAbandonSeconds: { min: 0, max: 120, integer: true },
  serviceLevelTargetPercent: { min: 0, max: 100, integer: false },
};

export const NUMBER_LIMITS: Record<NumberField, Limits> = { ...THRESHOLD_LIMITS, ...KPI_LIMITS };

const THRESHOLD_KEYS = Object.keys(THRESHOLD_LIMITS) as (keyof Thresholds)[];
const KPI_KEYS = Object.keys(KPI_LIMITS) as (keyof KpiSettings)[];

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

export function draftOf(settings: SavedSettings): SettingsDraft {
  const draft = { timeZone: settings.timeZone } as SettingsDraft;
  for (const key of THRESHOLD_KEYS) draft[key] = String(settings.thresholds[key]);
  for (const key of KPI_KEYS) draft[key] = String(settings.kpi[key]);
  return draft;
}

/** The number typed in a field, or undefined when it is empty, not a number, out of bounds or not whole. */
function numberIn(text: string, { min, max, integer }: Limits): number | undefined {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === "" || !Number.isFinite(value) || value < min || value > max) return undefined;
  return integer && !Number.isInteger(value) ? undefined : value;
}

/** The settings to save, or what is wrong with each field. */
export function parseSettings(
  draft: SettingsDraft,
): SavedSettings | { problems: Partial<Record<SettingsField, SettingsProblem>> } {
  const problems: Partial<Record<SettingsField, SettingsProblem>> = {};
  if (!isTimeZone(draft.timeZone)) problems.timeZone = "timeZoneInvalid";
  const thresholds = {} as Thresholds;
  const kpi = {} as KpiSettings;
  const read = <K extends NumberField>(key: K, into: Record<K, number>) => {
    const value = numberIn(draft[key], NUMBER_LIMITS[key]);
    if (value === undefined) problems[key] = "outOfRange";
    else into[key] = value;
  };
  for (const key of THRESHOLD_KEYS) read(key, thresholds);
  for (const key of KPI_KEYS) read(key, kpi);
  if (
    !problems.answerRateRedPercent &&
    !problems.answerRateAmberPercent &&
    thresholds.answerRateRedPercent > thresholds.answerRateAmberPercent
  ) {
    problems.answerRateRedPercent = "redAboveAmber";
  }
  return Object.keys(problems).length > 0
    ? { problems }
    : { timeZone: draft.timeZone.trim(), thresholds, kpi };
}
