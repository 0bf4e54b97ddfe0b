import { containsPattern, numberMatch, prefixPattern } from "../calls/number-match";
import type { CaseFilter } from "./callback-schemas";

/** The worklist filter as a WHERE over callback_cases AS c and callback_case_states AS s, with $n placeholders. */
export function caseWhere(filter: CaseFilter, params: unknown[]): string {
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const clauses = [`c.first_missed_at >= ${p(filter.from)}`, `c.first_missed_at <= ${p(filter.to)}`];
  if (filter.status?.length) clauses.push(`c.status = ANY(${p(filter.status)}::text[])`);
  if (filter.did?.length) clauses.push(`c.dids && ${p(filter.did)}::text[]`);
  if (filter.owner?.length) {
    const ids = filter.owner.filter((owner) => owner !== "none");
    const alternatives = ids.length ? [`s.owner_id = ANY(${p(ids)}::text[])`] : [];
    if (filter.owner.includes("none")) alternatives.push("s.owner_id IS NULL");
    clauses.push(`(${alternatives.join(" OR ")})`);
  }
  if (filter.number) {
    const match = numberMatch(filter.number);
    if (match.kind === "exact") clauses.push(`c.number = ${p(match.number)}`);
    else {
      const alternatives = [`c.number LIKE ${p(containsPattern(match.raw))}`];
      if (match.normalized !== null) alternatives.push(`c.number LIKE ${p(prefixPattern(match.normalized))}`);
      clauses.push(`(${alternatives.join(" OR ")})`);
    }
  }
  return clauses.join(" AND ");
}
