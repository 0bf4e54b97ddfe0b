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
  const clauses = [`started_at >= ${p(filter.from)}`, `started_at <= ${p(filter.to)}`];
  if (filter.direction?.length) clauses.push(`direction = ANY(${p(filter.direction)}::text[])`);
  if (filter.status?.length) clauses.push(`status_detail = ANY(${p(filter.status)}::text[])`);
  if (filter.did?.length) clauses.push(`did_number = ANY(${p(filter.did)}::text[])`);
  if (filter.agent?.length) clauses.push(`agents && ${p(filter.agent)}::text[]`);
  if (filter.callClass?.length) clauses.push(`class = ANY(${p(filter.callClass)}::text[])`);
  if (filter.number) {
    const pattern = p(`%${filter.number.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    clauses.push(`(caller_number LIKE ${pattern} OR callee_number LIKE ${pattern})`);
  }
  if (filter.minDurationSeconds !== undefined) clauses.push(`duration_seconds >= ${p(filter.minDurationSeconds)}`);
  if (filter.maxDurationSeconds !== undefined) clauses.push(`duration_seconds <= ${p(filter.maxDurationSeconds)}`);
  if (filter.hasRecording !== undefined) clauses.push(filter.hasRecording ? "recording IS NOT NULL" : "recording IS NULL");
  return { sql: clauses.join(" AND "), params };
}
