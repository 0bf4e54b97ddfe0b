import { intlTag, type UiLocale } from "../locale";

/** "0:45", "12:03", "1:02:03": seconds as a clock-like length (rounded to whole seconds). */
export function formatSeconds(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, "0") : String(m);
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}

/** Number and percent formatters of a language. */
export function numberFormats(locale: UiLocale) {
  const tag = intlTag(locale);
  const integer = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  return { integer: (n: number) => integer.format(n), percent: (n: number) => percent.format(n) };
}
