import { type Database, toWallClock } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { periodFacts } from "./breakdowns";
import { factsSql, tiersFor, weekHourFacts } from "./fact-sources";
import { callKindOf, rate } from "./kpis";
import type { Heatmap, HeatmapCell } from "./output-schemas";
import type { RollupPlan } from "./rollup-plan";
import { SqlParams } from "./sql-params";
import { rollupPlanFor } from "./summary";
import { countByTime, type TimeKeyedCount } from "./time-facts";

/**
 * What the cells' `value` shows: calls per day (volume), inbound calls not answered per day (inboundMissed), or the
 * inbound answer rate (0..1, answered ÷ offered over every occurrence of that hour; null without inbound calls).
 */
export const HEATMAP_MODES = ["volume", "inboundMissed", "inboundAnswerRate"] as const;
export type HeatmapMode = (typeof HEATMAP_MODES)[number];

const DAY_MS = 86_400_000;

/** The local dates [from, to] touches in `timeZone`, counted per weekday. */
export function weekdayDaysOf(filter: CallFilter, timeZone: string): number[] {
  // Naive midnight of the local date (toWallClock), computed once for each end: stepping by whole days counts each
  // local date once, and a long range has many days.
  const localDate = (d: Date) => Math.floor(toWallClock(d, timeZone) / DAY_MS) * DAY_MS;
  const last = localDate(filter.to);
  const days = [0, 0, 0, 0, 0, 0, 0];
  for (let day = localDate(filter.from); day <= last; day += DAY_MS) days[new Date(day).getUTCDay()]!++;
  return days;
}

const perDay = (n: number, days: number) => (days > 0 ? Math.round((n / days) * 100) / 100 : null);

/** Calls by hour of day x day of week in the viewer's zone, with the mode's value averaged per day. */
export async function callHeatmap(
  db: Database,
  filter: CallFilter,
  options: { timeZone: string; mode?: HeatmapMode },
  plan?: RollupPlan | null,
): Promise<Heatmap> {
  const mode = options.mode ?? "volume";
  const rollups = plan === undefined ? await rollupPlanFor(db, [filter]) : plan;
  const counts =
    (await countByWeekHour(db, filter, options.timeZone, rollups)) ??
    (await countByTime(db, filter, options.timeZone, rollups, {
      sql: (zone) => [
        `extract(dow FROM t AT TIME ZONE ${zone})::int`,
        `extract(hour FROM t AT TIME ZONE ${zone})::int`,
      ],
      zoneTiers: [],
      columns: ["direction", "class"],
    }));
  const cells: HeatmapCell[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      cells.push({
        weekday,
        hour,
        calls: 0,
        answered: 0,
        inboundOffered: 0,
        inboundAnswered: 0,
        value: null,
      });
    }
  }
  for (const { keys, status, calls, columns } of counts) {
    const cell = cells[(keys[0] as number) * 24 + (keys[1] as number)]!;
    const answered = status === "SUCCESS" ? calls : 0;
    cell.calls += calls;
    cell.answered += answered;
    if (callKindOf(columns.class!, columns.direction!) === "inbound") {
      cell.inboundOffered += calls;
      cell.inboundAnswered += answered;
    }
  }
  const weekdayDays = weekdayDaysOf(filter, options.timeZone);
  for (const cell of cells) {
    const days = weekdayDays[cell.weekday]!;
    cell.value =
      mode === "volume"
        ? perDay(cell.calls, days)
        : mode === "inboundMissed"
          ? perDay(cell.inboundOffered - cell.inboundAnswered, days)
          : rate(cell.inboundAnswered, cell.inboundOffered);
  }
  return { timeZone: options.timeZone, mode, weekdayDays, cells };
}

const WEEK_HOUR_GROUPING = ["weekday", "hour", "status_detail", "direction", "class"];

/**
 * The cells' counts from the weekday × hour rollups (whole local days and months, raw calls at the edges): when the
 * viewer's zone is the rollup zone and the filter has no criterion those rollups lack (DID, agent, raw-only ones).
 * Null otherwise: the hourly rollups serve then (countByTime).
 */
async function countByWeekHour(
  db: Database,
  filter: CallFilter,
  timeZone: string,
  plan: RollupPlan | null,
): Promise<TimeKeyedCount[] | null> {
  if (!plan || plan.zone !== timeZone) return null;
  const params = new SqlParams();
  // A literal, not a parameter: a range read from the rollups alone would leave a parameter unused (untyped).
  const source = weekHourFacts(`'${plan.zone.replace(/'/g, "''")}'`);
  if (tiersFor(source, filter, WEEK_HOUR_GROUPING).length === 0) return null;
  const facts = factsSql(source, periodFacts(source, [filter], plan, WEEK_HOUR_GROUPING), params);
  const { rows } = await db.pool.query<{
    weekday: number;
    hour: number;
    status_detail: TimeKeyedCount["status"];
    direction: string;
    class: string;
    calls: number;
  }>(
    `SELECT ${WEEK_HOUR_GROUPING.join(", ")}, sum(calls)::float8 AS calls
       FROM (${facts}) AS f GROUP BY ${WEEK_HOUR_GROUPING.join(", ")}`,
    params.values,
  );
  return rows.map((row) => ({
    keys: [row.weekday, row.hour],
    status: row.status_detail,
    calls: row.calls,
    columns: { direction: row.direction, class: row.class },
  }));
}
