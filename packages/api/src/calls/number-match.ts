import { normalizePhoneNumber } from "@antdash/antring-core";

/**
 * What a supervisor's number search means. A whole number in any spelling (0903 123 456, +84903123456,
 * 84903123456, the old 0163… form) is that customer: an exact match on the normalized columns, an index look-up.
 * Anything shorter is a fragment of digits (or of a SIP account name) searched inside the numbers as AntRing wrote
 * them and as normalized, so "903 123" and "0903123" both find +84903123456 (a leading 0 stands for +84).
 */
export type NumberMatch =
  { kind: "exact"; number: string } | { kind: "fragment"; raw: string; normalized: string | null };

export function numberMatch(input: string): NumberMatch {
  const normalized = normalizePhoneNumber(input);
  if (normalized.startsWith("+84")) return { kind: "exact", number: normalized };
  const compact = input.trim().replace(/[\s.\-()]/g, "");
  if (!/^\+?\d+$/.test(compact)) return { kind: "fragment", raw: input.trim(), normalized: null };
  const digits = compact.replace(/^\+/, "");
  // A fragment typed with its trunk 0 is the start of a national number: +84 then the rest.
  return {
    kind: "fragment",
    raw: digits,
    normalized: digits.startsWith("0") ? `+84${digits.slice(1)}` : null,
  };
}

/** A LIKE pattern containing `text` literally. */
export function containsPattern(text: string): string {
  return `%${likeEscaped(text)}%`;
}

/** A LIKE pattern starting with `text` literally. */
export function prefixPattern(text: string): string {
  return `${likeEscaped(text)}%`;
}

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
