import type { Database } from "@antdash/db";
import { HOUR_MS, type TimeRange } from "./time-range";

/** Rollup granularities, coarse to fine: local months and days of the rollup zone, and UTC hours. */
export type Tier = "month" | "day" | "hour";

/** A piece of a range read from one tier, or from the raw calls. */
export interface Segment {
  tier: Tier | "raw";
  from: Date;
  end: Date;
  /** A raw piece left at the edge of rollup segments: short, so best found by time first (see factsSql). */
  edge?: boolean;
}

/** Where a range's first whole local day/month starts and its last one ends, in the rollup zone. */
interface RangeBounds {
  dayCeilFrom: number;
  dayFloorEnd: number;
  monthCeilFrom: number;
  monthFloorEnd: number;
}

/** The rollup zone and the day/month bounds of some ranges, to cut them into segments (planSegments). */
export interface RollupPlan {
  /** The zone of the daily and monthly rollups (rollup_state). */
  zone: string;
  segments(range: TimeRange, tiers: readonly Tier[]): Segment[];
}

/**
 * Reads the rollup zone and, for each range, its local day and month bounds, in one round trip. PostgreSQL computes
 * them with the same date_trunc the rollups were grouped by, so a segment never half-covers a rollup row (even
 * across daylight saving changes or in zones whose days do not start on a UTC hour).
 */
export async function loadRollupPlan(db: Database, ranges: readonly TimeRange[]): Promise<RollupPlan> {
  const { rows } = await db.pool.query<{
    zone: string;
    day_ceil: Date;
    day_floor: Date;
    month_ceil: Date;
    month_floor: Date;
  }>(
    // Next local midnight after a day start: +26 h is always inside the next day (days last 23-25 h); next month:
    // +32 days is always inside the next month.
    `SELECT z.time_zone AS zone,
            CASE WHEN date_trunc('day', r.a, z.time_zone) = r.a THEN r.a
                 ELSE date_trunc('day', date_trunc('day', r.a, z.time_zone) + interval '26 hours', z.time_zone) END AS day_ceil,
            date_trunc('day', r.b, z.time_zone) AS day_floor,
            CASE WHEN date_trunc('month', r.a, z.time_zone) = r.a THEN r.a
                 ELSE date_trunc('month', date_trunc('month', r.a, z.time_zone) + interval '32 days', z.time_zone) END AS month_ceil,
            date_trunc('month', r.b, z.time_zone) AS month_floor
       FROM rollup_state AS z, unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS r(a, b, i)
      WHERE z.id = 1 ORDER BY r.i`,
    [ranges.map((r) => r.from), ranges.map((r) => r.end)],
  );
  const zone = rows[0]?.zone;
  if (zone === undefined) {
    if (ranges.length === 0) return { zone: "UTC", segments: () => [] };
    throw new Error("rollup_state has no row: are the migrations applied?");
  }
  const bounds = new Map<string, RangeBounds>();
  ranges.forEach((range, i) => {
    const row = rows[i]!;
    bounds.set(rangeKey(range), {
      dayCeilFrom: row.day_ceil.getTime(),
      dayFloorEnd: row.day_floor.getTime(),
      monthCeilFrom: row.month_ceil.getTime(),
      monthFloorEnd: row.month_floor.getTime(),
    });
  });
  return {
    zone,
    segments(range, tiers) {
      const known = bounds.get(rangeKey(range));
      if (!known) throw new Error("loadRollupPlan was not given this range");
      return planSegments(range, tiers, known);
    },
  };
}

const rangeKey = (range: TimeRange) => `${range.from.getTime()}/${range.end.getTime()}`;

/**
 * Cuts [from, end) into the coarsest tiers that fit whole: the whole months inside it from the monthly rollup, the
 * whole days left on either side from the daily one, the whole UTC hours left from the hourly one, and what is
 * still left (partial hours) from the raw calls. `tiers` lists the tiers the source has, coarse to fine.
 */
export function planSegments(range: TimeRange, tiers: readonly Tier[], bounds: RangeBounds): Segment[] {
  const from = range.from.getTime();
  const end = range.end.getTime();
  // Inside the recursion the day and month tiers are only asked about the range's own ends, or about points that
  // are already boundaries of a coarser tier (a month start is a day start).
  const ceil = (tier: Tier, x: number): number => {
    if (tier === "hour") return Math.ceil(x / HOUR_MS) * HOUR_MS;
    if (x !== from) return x;
    return tier === "day" ? bounds.dayCeilFrom : bounds.monthCeilFrom;
  };
  const floor = (tier: Tier, x: number): number => {
    if (tier === "hour") return Math.floor(x / HOUR_MS) * HOUR_MS;
    if (x !== end) return x;
    return tier === "day" ? bounds.dayFloorEnd : bounds.monthFloorEnd;
  };
  const cut = (a: number, b: number, rest: readonly Tier[]): Segment[] => {
    if (a >= b) return [];
    const [tier, ...finer] = rest;
    if (tier === undefined) return [{ tier: "raw", from: new Date(a), end: new Date(b), edge: true }];
    const lo = ceil(tier, a);
    const hi = floor(tier, b);
    if (lo >= hi) return cut(a, b, finer);
    return [...cut(a, lo, finer), { tier, from: new Date(lo), end: new Date(hi) }, ...cut(hi, b, finer)];
  };
  return cut(from, end, tiers);
}
