import { intlTag, type UiLocale } from "../locale";

/** What a missing duration reads as (no talk, not measured). */
export const NO_DURATION = "–";

/**
 * A call-center length: seconds as "m:ss", or "h:mm:ss" from an hour up, rounded to the nearest whole second (59.6 s
 * reads "1:00" on every page and in print: the calls table, the agents and DIDs tables, the TV). Negative reads as
 * zero; null as "–".
 */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return NO_DURATION;
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** Number and percent formatters of a language. */
export function numberFormats(locale: UiLocale) {
  const tag = intlTag(locale);
  const integer = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  return { integer: (n: number) => integer.format(n), percent: (n: number) => percent.format(n) };
}
