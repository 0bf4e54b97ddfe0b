import { fillTemplate } from "~/filters/fill-template";

/** What a sync run counted of the calls AntRing listed again with changes (see the api's sync run schema). */
export interface RunCorrections {
  callsCorrected: number;
  callsRemoved: number;
  /** Corrected calls per changed field, e.g. {"recording": 2, "did_number": 1}. */
  correctedFields: Record<string, number>;
}

/** The words of the summary: `{count}` templates and a name per field the database reports. */
export interface CorrectionWords {
  corrected: string;
  removed: string;
  fields: Record<string, string>;
}

/**
 * "3 corrected (recording 2, DID 1), 1 removed": each part only when non-zero, "" when nothing changed. Fields by
 * count, most first (ties in the order of `words.fields`); a field without a name shows its database name.
 */
export function describeCorrections(
  run: RunCorrections,
  words: CorrectionWords,
  integer: (n: number) => string,
): string {
  const parts: string[] = [];
  if (run.callsCorrected > 0) {
    const known = Object.keys(words.fields);
    const rank = (field: string) => (known.includes(field) ? known.indexOf(field) : known.length);
    const fields = Object.entries(run.correctedFields)
      .filter(([, count]) => count > 0)
      .sort(([a, x], [b, y]) => y - x || rank(a) - rank(b) || a.localeCompare(b))
      .map(([field, count]) => `${words.fields[field] ?? field} ${integer(count)}`);
    const corrected = fillTemplate(words.corrected, { count: integer(run.callsCorrected) });
    parts.push(fields.length > 0 ? `${corrected} (${fields.join(", ")})` : corrected);
  }
  if (run.callsRemoved > 0) parts.push(fillTemplate(words.removed, { count: integer(run.callsRemoved) }));
  return parts.join(", ");
}
