import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enUS, vi } from "date-fns/locale";
import { intlLocale, type Locale } from "~/i18n/locale";

/** Seconds as m:ss, or h:mm:ss from an hour up (how call centers read durations). */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/**
 * Date and time in the viewer's zone and language. date-fns rather than Intl: the server render and the browser
 * then produce the very same text (ICU versions differ in spaces and punctuation), so hydration never mismatches.
 */
export function dateTimeFormatter(locale: Locale, timeZone: string): (instant: Date) => string {
  const options = { locale: locale === "en" ? enUS : vi };
  return (instant) => format(new TZDate(instant.getTime(), timeZone), "P pp", options);
}

export function numberFormatter(locale: Locale): (n: number) => string {
  const numbers = new Intl.NumberFormat(intlLocale(locale));
  return (n) => numbers.format(n);
}
