import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { countPeriods } from "./breakdowns";
import { rollupPlanFor } from "./summary";

/**
 * How many calls match the filter, from the rollups when the filter allows (a million calls in milliseconds), else
 * from the raw calls: e.g. the total a call list shows beside its first page.
 */
export async function countMatchingCalls(db: Database, filter: CallFilter): Promise<number> {
  const [counts] = await countPeriods(db, [filter], await rollupPlanFor(db, [filter]), []);
  return counts!.totals.calls;
}
