import { intlLocale, type Locale } from "~/i18n/locale";

/** Number and percent formatters of a language. */
export function numberFormats(locale: Locale) {
  const tag = intlLocale(locale);
  const integer = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  return { integer: (n: number) => integer.format(n), percent: (n: number) => percent.format(n) };
}
