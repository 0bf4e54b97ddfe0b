import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import type { RollupPlan } from "./rollup-plan";
import { rollupPlanFor } from "./summary";
import { countByTime } from "./time-facts";

/** Calls in one hour of one weekday (viewer's zone), over the whole range. */
export interface HeatmapCell {
  /** 0 = Sunday .. 6 = Saturday. */
  weekday: number;
  /** 0..23 */
  hour: number;
  calls: number;
  answered: number;
}

export interface Heatmap {
  timeZone: string;
  /** All 168 cells, Sunday 0h first, hour by hour. */
  cells: HeatmapCell[];
}

/** Calls by hour of day x day of week in the viewer's zone. */
export async function callHeatmap(
  db: Database,
  filter: CallFilter,
  options: { timeZone: string },
  plan?: RollupPlan | null,
): Promise<Heatmap> {
  const rollups = plan === undefined ? await rollupPlanFor(db, [filter]) : plan;
  const counts = await countByTime(db, filter, options.timeZone, rollups, {
    sql: (zone) => [
      `extract(dow FROM t AT TIME ZONE ${zone})::int`,
      `extract(hour FROM t AT TIME ZONE ${zone})::int`,
    ],
    zoneTiers: [],
  });
  const cells: HeatmapCell[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) cells.push({ weekday, hour, calls: 0, answered: 0 });
  }
  for (const { keys, status, calls } of counts) {
    const cell = cells[(keys[0] as number) * 24 + (keys[1] as number)]!;
    cell.calls += calls;
    if (status === "SUCCESS") cell.answered += calls;
  }
  return { timeZone: options.timeZone, cells };
}
