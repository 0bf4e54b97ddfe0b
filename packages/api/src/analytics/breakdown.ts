import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { type BreakdownDimension, type BreakdownRow, countPeriods } from "./breakdowns";
import { rollupPlanFor } from "./summary";

/** The KPIs of each value of one dimension (most calls first; every direction, status and class listed). */
export async function callBreakdown(
  db: Database,
  filter: CallFilter,
  dimension: BreakdownDimension,
): Promise<{ dimension: BreakdownDimension; rows: BreakdownRow[] }> {
  const [counts] = await countPeriods(db, [filter], await rollupPlanFor(db, [filter]), [dimension]);
  return { dimension, rows: counts!.breakdowns[dimension]! };
}
