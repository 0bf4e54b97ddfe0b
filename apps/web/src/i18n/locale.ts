import { en, type Messages, vi } from "./messages";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

/** Remembers the chosen language in the browser (read by the server on every render). */
export const LOCALE_COOKIE = "antdash-locale";

export function toLocale(value: string | undefined | null): Locale {
  return value === "en" || value === "vi" ? value : DEFAULT_LOCALE;
}

export function messagesFor(locale: Locale): Messages {
  return locale === "en" ? en : vi;
}

/** BCP 47 tag for Intl number and date formatting. */
export function intlLocale(locale: Locale): string {
  return locale === "en" ? "en-US" : "vi-VN";
}
