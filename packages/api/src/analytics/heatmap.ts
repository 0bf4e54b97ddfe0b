import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { periodFacts } from "./breakdowns";
import { factsSql, tiersFor, weekHourFacts } from "./fact-sources";
import { callKindOf, rate } from "./kpis";
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

/** Calls in one hour of one weekday (viewer's zone), over the whole range. */
export interface HeatmapCell {
  /** 0 = Sunday .. 6 = Saturday. */
  weekday: number;
  /** 0..23 */
  hour: number;
  /** Totals over the range (not averaged). */
  calls: number;
  answered: number;
  inboundOffered: number;
  inboundAnswered: number;
  /** The mode's number: per day of this weekday in the range (see weekdayDays), or a rate. */
  value: number | null;
}

export interface Heatmap {
  timeZone: string;
  mode: HeatmapMode;
  /**
   * How many days of each weekday (index 0 = Sunday) the range touches in the viewer's zone: the divisor of the
   * per-day averages (a 10-day range has some weekdays twice and others once).
   */
  weekdayDays: number[];
  /** All 168 cells, Sunday 0h first, hour by hour. */
  cells: HeatmapCell[];
}

/** The local dates [from, to] touches in `timeZone`, counted per weekday. */
export function weekdayDaysOf(filter: CallFilter, timeZone: string): number[] {
  const localDate = (d: Date) => {
    const parts = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    })
      .format(d)
      .split("-")
      .map(Number);
    return Date.UTC(parts[0]!, parts[1]! - 1, parts[2]);
  };
  const days = [0, 0, 0, 0, 0, 0, 0];
  for (let day = localDate(filter.from); day <= localDate(filter.to); day += 86_400_000) {
    days[new Date(day).getUTCDay()]!++;
  }
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
