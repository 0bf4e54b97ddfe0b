import type { CallFilter } from "./call-filter";
import { containsPattern, type NumberMatch, numberMatch, prefixPattern } from "./number-match";

/**
 * A filter whose number search may have been resolved: `matchedCalls` then names a temporary table holding exactly
 * the calls the search matched, over this filter's range at least (see withNumberSearchResolved, matched-calls.ts).
 */
export type ResolvableFilter = CallFilter & { matchedCalls?: string };

/** The relation a filter's raw calls are read from: the calls its number search matched, when resolved. */
export function callsRelation(filter: ResolvableFilter): string {
  return filter.matchedCalls ?? "calls";
}

export interface SqlFragment {
  /** A boolean SQL expression over the `calls` table, with $1.. placeholders. */
  sql: string;
  params: unknown[];
}

/**
 * Turns a filter into a parameterized WHERE expression; `firstParam` lets callers put their own params first. A
 * number search already resolved is not searched again: its calls are read from callsRelation(filter).
 */
export function callWhere(filter: ResolvableFilter, firstParam = 1): SqlFragment {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  // One value compares with "=": PostgreSQL 15 cannot keep an index's order under "= ANY" on a later column.
  const oneOf = (expr: string, values: readonly string[]) =>
    values.length === 1 ? `${expr} = ${p(values[0])}` : `${expr} = ANY(${p(values)}::text[])`;
  const clauses = [`started_at >= ${p(filter.from)}`, `started_at <= ${p(filter.to)}`];
  if (filter.direction?.length) clauses.push(oneOf("direction", filter.direction));
  if (filter.status?.length) clauses.push(oneOf("status_detail", filter.status));
  // As the DID index is built (calls_did_started_at_seq_idx); DIDs in a filter are never "".
  if (filter.did?.length) clauses.push(oneOf("COALESCE(did_number, '')", filter.did));
  if (filter.agent?.length) clauses.push(`agents && ${p(filter.agent)}::text[]`);
  if (filter.callClass?.length) clauses.push(oneOf("class", filter.callClass));
  if (filter.number && filter.matchedCalls === undefined)
    clauses.push(numberClause(numberMatch(filter.number), p));
  if (filter.minDurationSeconds !== undefined)
    clauses.push(`duration_seconds >= ${p(filter.minDurationSeconds)}`);
  if (filter.maxDurationSeconds !== undefined)
    clauses.push(`duration_seconds <= ${p(filter.maxDurationSeconds)}`);
  if (filter.hasRecording !== undefined)
    clauses.push(filter.hasRecording ? "recording IS NOT NULL" : "recording IS NULL");
  return { sql: clauses.join(" AND "), params };
}

/** A whole number: the normalized columns' indexes. A fragment: contained in either spelling of either party. */
function numberClause(match: NumberMatch, p: (value: unknown) => string): string {
  if (match.kind === "exact") {
    const number = p(match.number);
    return `(caller_normalized = ${number} OR callee_normalized = ${number})`;
  }
  const raw = p(containsPattern(match.raw));
  const alternatives = [`caller_number LIKE ${raw}`, `callee_number LIKE ${raw}`];
  if (match.normalized !== null) {
    const prefix = p(prefixPattern(match.normalized));
    alternatives.push(`caller_normalized LIKE ${prefix}`, `callee_normalized LIKE ${prefix}`);
  }
  return `(${alternatives.join(" OR ")})`;
}
