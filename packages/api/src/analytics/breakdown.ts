import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { type BreakdownDimension, countPeriods } from "./breakdowns";
import type { BreakdownRow } from "./output-schemas";
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
