import { type KpiThresholds } from "@antdash/api";
import type { ParseArgsConfig } from "node:util";
import { UsageError } from "./usage-error";

/** The KPI thresholds `pnpm cli report` takes (defaults: the admin settings). */
export const kpiOptions = {
  "service-level-seconds": { type: "string" },
  "short-abandon-seconds": { type: "string" },
} satisfies ParseArgsConfig["options"];

export const KPI_FLAGS_HELP = `KPI thresholds (defaults: the admin settings, out of the box 20 and 5):
  --service-level-seconds N   an answered inbound call within N s of wait counts toward the service level (1..120)
  --short-abandon-seconds N   an abandoned inbound call of at most N s is a short abandon, left out of the rates (0..120)`;

const RANGES = { "service-level-seconds": [1, 120], "short-abandon-seconds": [0, 120] } as const;

function wholeSeconds(flag: keyof typeof RANGES, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const [min, max] = RANGES[flag];
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) {
    throw new UsageError(
      `--${flag}: expected a whole number of seconds from ${min} to ${max}, not "${value}"`,
    );
  }
  return n;
}

/** The thresholds to use: the flags where given, else the settings. */
export function kpiThresholdsFromFlags(
  values: { [K in keyof typeof kpiOptions]?: string },
  settings: KpiThresholds,
): KpiThresholds {
  return {
    serviceLevelSeconds:
      wholeSeconds("service-level-seconds", values["service-level-seconds"]) ?? settings.serviceLevelSeconds,
    shortAbandonSeconds:
      wholeSeconds("short-abandon-seconds", values["short-abandon-seconds"]) ?? settings.shortAbandonSeconds,
  };
}
