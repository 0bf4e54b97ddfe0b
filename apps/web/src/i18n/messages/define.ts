/**
 * One domain's words in both languages. `en` is typed against `vi`, so a key missing from either fails the type
 * check. Each page domain keeps its own file under messages/, so pages can grow without touching each other.
 */
export function defineMessages<T>(vi: T, en: NoInfer<T>): { vi: T; en: T } {
  return { vi, en };
}
