import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enUS, vi } from "date-fns/locale";
import type { Locale } from "~/i18n/locale";

/*
 * The one policy for dates on screen: an explicit zone (the supervisor's, from settings) and an explicit language,
 * formatted by date-fns rather than Intl. The server render and the browser then produce the very same text (ICU
 * versions differ in spaces and punctuation), so hydration never mismatches and no suppressHydrationWarning is needed.
 */

const DATE_FNS_LOCALES = { en: enUS, vi } as const;

/** An instant in `timeZone`, written with a date-fns pattern in the viewer's language. */
export function formatInZone(instant: Date, pattern: string, timeZone: string, locale: Locale): string {
  return format(new TZDate(instant.getTime(), timeZone), pattern, { locale: DATE_FNS_LOCALES[locale] });
}

/** Numeric date and time with seconds ("27/11/2026 03:30:05"): the tables of calls and call-backs. */
export function dateTimeFormatter(locale: Locale, timeZone: string): (instant: Date) => string {
  return (instant) => formatInZone(instant, "P pp", timeZone, locale);
}

/** Date with a short month and the time ("Nov 27, 2026 3:30 AM"): single instants in admin, sync, reports, alerts. */
export function formatInstant(at: Date, timeZone: string, locale: Locale, withSeconds = false): string {
  return formatInZone(at, withSeconds ? "PP pp" : "PP p", timeZone, locale);
}
