/**
 * Word tables written one entry per key with both languages side by side (`{ vi: "Đầu số", en: "DID" }`), so a
 * translator reads them together and an entry missing a language fails the type check. `byLanguage` turns such a
 * table into one table per language, the shape the pages and the exports index by locale. Plain data only (no
 * imports), like the labels it serves.
 */

export type LabelLocale = "vi" | "en";

/** One entry in both languages: a text, or a list of texts (the weekdays, say). */
export type InBothLanguages = Readonly<Record<LabelLocale, string | readonly string[]>>;

/** A table of entries in both languages, nested in groups of any depth. */
export interface BilingualTable {
  readonly [key: string]: InBothLanguages | BilingualTable;
}

/** The table in one language: each entry replaced by its text in that language. */
export type InOneLanguage<T> = T extends { vi: infer V extends string | readonly string[]; en: unknown }
  ? Exclude<keyof T, LabelLocale> extends never
    ? V
    : { [K in keyof T]: InOneLanguage<T[K]> }
  : { [K in keyof T]: InOneLanguage<T[K]> };

/** An entry is an object with exactly the keys vi and en holding texts; any other object is a group of entries. */
function isEntry(value: InBothLanguages | BilingualTable): value is InBothLanguages {
  const keys = Object.keys(value);
  return keys.length === 2 && keys.every((key) => key === "vi" || key === "en") && !isGroup(value.vi);
}

const isGroup = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);

function inLanguage(table: BilingualTable, locale: LabelLocale): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(table).map(([key, value]) => [
      key,
      isEntry(value) ? value[locale] : inLanguage(value, locale),
    ]),
  );
}

/** `{ columns: { did: { vi: "Đầu số", en: "DID" } } }` → `{ vi: { columns: { did: "Đầu số" } }, en: { … "DID" } }`. */
export function byLanguage<T extends BilingualTable>(table: T): Record<LabelLocale, InOneLanguage<T>> {
  return {
    vi: inLanguage(table, "vi") as InOneLanguage<T>,
    en: inLanguage(table, "en") as InOneLanguage<T>,
  };
}
