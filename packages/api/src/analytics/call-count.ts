import type { CallClass, Direction, StatusDetail } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { countPeriods, periodFacts } from "./breakdowns";
import { AGENT_FACTS, CALL_FACTS, factsSql } from "./fact-sources";
import { usesRawOnlyCriteria } from "./routing";
import { SqlParams } from "./sql-params";
import { rollupPlanFor } from "./summary";

/**
 * How many calls match the filter, from the rollups when the filter allows (a million calls in milliseconds), else
 * from the raw calls: e.g. the total a call list shows beside its first page.
 */
export async function countMatchingCalls(db: Database, filter: CallFilter): Promise<number> {
  const [counts] = await countPeriods(db, [filter], await rollupPlanFor(db, [filter]), []);
  return counts!.totals.calls;
}

/** The three columns that split calls into kinds that behave alike (an answered inbound call, a busy internal one...). */
export interface CallKind {
  direction: Direction;
  class: CallClass;
  status: StatusDetail;
  /** The DID ("" for none), when the kinds are split by DID too (countCallKinds' `byDid`). */
  did?: string;
}

export interface KindCounts {
  /** Kinds the filter allows that have calls (a kind missing here has none). */
  kinds: Array<CallKind & { calls: number }>;
  /** Calls matching the whole filter when the counts are exact for it (no raw-only criterion, at most one agent). */
  total?: number;
}

/**
 * The calls of each kind the filter allows, from the rollups. Criteria the rollups cannot see (number search,
 * duration range, has-recording) are left out, and several agents are counted per agent (a call between two of
 * them twice): then the counts are upper bounds, still exact about which kinds have no calls at all.
 */
export async function countCallKinds(
  db: Database,
  filter: CallFilter,
  options: { byDid?: boolean } = {},
): Promise<KindCounts> {
  const rollupable: CallFilter = {
    from: filter.from,
    to: filter.to,
    ...(filter.direction && { direction: filter.direction }),
    ...(filter.status && { status: filter.status }),
    ...(filter.callClass && { callClass: filter.callClass }),
    ...(filter.did && { did: filter.did }),
    ...(filter.agent && { agent: filter.agent }),
  };
  const source = rollupable.agent?.length ? AGENT_FACTS : CALL_FACTS;
  const plan = await rollupPlanFor(db, [rollupable]);
  const params = new SqlParams();
  const groupBy = ["direction", "class", "status_detail", ...(options.byDid ? ["did_number"] : [])];
  const facts = factsSql(source, periodFacts(source, [rollupable], plan, groupBy), params);
  const { rows } = await db.pool.query<CallKind & { calls: number }>(
    `SELECT direction, class, status_detail AS status${options.byDid ? ", did_number AS did" : ""}, sum(calls)::float8 AS calls
       FROM (${facts}) AS f GROUP BY ${groupBy.map((_, i) => i + 1).join(", ")} HAVING sum(calls) > 0`,
    params.values,
  );
  const exact = !usesRawOnlyCriteria(filter) && (filter.agent?.length ?? 0) <= 1;
  return {
    kinds: rows,
    ...(exact && { total: rows.reduce((sum, row) => sum + row.calls, 0) }),
  };
}
