import { type DurationUnits, formatDuration } from "../format/duration";
import { intlTag, type UiLocale } from "../locale";
import type { KpiKind } from "./kpi-specs";

export interface KpiFormatter {
  value: (kind: KpiKind, value: number | null) => string;
  change: (kind: KpiKind, change: number) => string;
  percent: (value: number) => string;
}

/** How the KPI cards print numbers: counts, rates as %, durations in words; `none` for a KPI without a base. */
export function kpiFormatter(
  locale: UiLocale,
  words: { none: string; points: string; units: DurationUnits },
): KpiFormatter {
  const tag = intlTag(locale);
  const numbers = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  const signedPercent = new Intl.NumberFormat(tag, {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const signedNumber = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  return {
    value: (kind, value) =>
      value === null
        ? words.none
        : kind === "rate"
          ? percent.format(value)
          : kind === "duration"
            ? formatDuration(value, words.units)
            : numbers.format(value),
    change: (kind, change) =>
      kind === "rate" ? `${signedNumber.format(change * 100)} ${words.points}` : signedPercent.format(change),
    percent: (value) => percent.format(value),
  };
}
