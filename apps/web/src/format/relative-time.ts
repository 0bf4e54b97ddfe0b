/** How long ago `then` was, in the largest whole unit that fits (for Intl.RelativeTimeFormat). */
export function relativeParts(
  then: Date,
  now: Date,
): { value: number; unit: "second" | "minute" | "hour" | "day" } {
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return { value: 0, unit: "minute" }; // "this minute": a seconds count would tick distractingly
  if (abs < 3600) return { value: Math.trunc(seconds / 60), unit: "minute" };
  if (abs < 86_400) return { value: Math.trunc(seconds / 3600), unit: "hour" };
  return { value: Math.trunc(seconds / 86_400), unit: "day" };
}

/** "5 minutes ago" / "5 phút trước" (numeric: auto says "now"/"bây giờ" for this minute). */
export function formatRelative(then: Date, now: Date, locale: string): string {
  const { value, unit } = relativeParts(then, now);
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(value, unit);
}
