import type { CallFilter } from "./call-filter";

export interface SqlFragment {
  /** A boolean SQL expression over the `calls` table, with $1.. placeholders. */
  sql: string;
  params: unknown[];
}

/** Turns a filter into a parameterized WHERE expression; `firstParam` lets callers put their own params first. */
export function callWhere(filter: CallFilter, firstParam = 1): SqlFragment {
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
  if (filter.number) {
    const pattern = p(`%${filter.number.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    clauses.push(`(caller_number LIKE ${pattern} OR callee_number LIKE ${pattern})`);
  }
  if (filter.minDurationSeconds !== undefined) clauses.push(`duration_seconds >= ${p(filter.minDurationSeconds)}`);
  if (filter.maxDurationSeconds !== undefined) clauses.push(`duration_seconds <= ${p(filter.maxDurationSeconds)}`);
  if (filter.hasRecording !== undefined) clauses.push(filter.hasRecording ? "recording IS NOT NULL" : "recording IS NULL");
  return { sql: clauses.join(" AND "), params };
}
