import { STATUS_DETAILS, type StatusDetail } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import type { ResolvableFilter } from "../calls/call-where";
import { InvalidInputError } from "../errors";
import type { TimeSeries } from "./output-schemas";
import type { RollupPlan, Tier } from "./rollup-plan";
import { rollupPlanFor } from "./summary";
import { countByTime } from "./time-facts";
import { HOUR_MS, rangeOf, type TimeRange } from "./time-range";

export const TIME_BUCKETS = ["hour", "day", "week", "month"] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

/** Enough points for any chart; more would only be noise (and slow): pick a coarser bucket. */
const MAX_TIME_BUCKETS = 1_000;

export class TooManyBucketsError extends InvalidInputError {
  constructor(bucket: TimeBucket) {
    super(
      `This range has more than ${MAX_TIME_BUCKETS} ${bucket} buckets: choose a longer bucket or a shorter range.`,
    );
  }
}

const SHORTEST_MS: Record<TimeBucket, number> = {
  hour: HOUR_MS,
  day: 23 * HOUR_MS,
  week: 7 * 24 * HOUR_MS - HOUR_MS,
  month: 28 * 24 * HOUR_MS,
};

/** The bucket a chart of this range reads best with: hours up to 2 days, days up to 3 months, then weeks. */
export function defaultBucket(filter: CallFilter): TimeBucket {
  const { from, end } = rangeOf(filter);
  const days = (end.getTime() - from.getTime()) / (24 * HOUR_MS);
  return days <= 2 ? "hour" : days <= 92 ? "day" : days <= 730 ? "week" : "month";
}

/**
 * The bucket of an instant `t` in zone `zone` (SQL). Hours are computed from the local minutes and seconds so a
 * repeated hour (daylight saving ending) stays two buckets; days, weeks (ISO, from Monday) and months by date_trunc.
 */
function bucketSql(bucket: TimeBucket, t: string, zone: string): string {
  if (bucket === "hour") {
    return `${t} - mod(extract(epoch FROM (${t} AT TIME ZONE ${zone}))::numeric, 3600)::float8 * interval '1 second'`;
  }
  return `date_trunc('${bucket}', ${t}, ${zone})`;
}

/** Calls over time in the viewer's zone, stacked by status, with empty buckets. */
export async function callTimeSeries(
  db: Database,
  filter: ResolvableFilter,
  options: { timeZone: string; bucket: TimeBucket; now?: Date },
  plan?: RollupPlan | null,
): Promise<TimeSeries> {
  const { timeZone, bucket } = options;
  const now = (options.now ?? new Date()).getTime();
  const range = rangeOf(filter);
  if ((range.end.getTime() - range.from.getTime()) / SHORTEST_MS[bucket] > MAX_TIME_BUCKETS) {
    throw new TooManyBucketsError(bucket);
  }
  const rollups = plan === undefined ? await rollupPlanFor(db, [filter]) : plan;
  const [buckets, counts] = await Promise.all([
    bucketsOf(db, range, bucket, timeZone),
    countByTime(db, filter, timeZone, rollups, {
      sql: (zone) => [bucketSql(bucket, "t", zone)],
      zoneTiers: ZONE_TIERS[bucket],
    }),
  ]);
  const byBucket = new Map<number, Record<StatusDetail, number>>();
  for (const { keys, status, calls } of counts) {
    const start = (keys[0] as Date).getTime();
    let statuses = byBucket.get(start);
    if (!statuses) byBucket.set(start, (statuses = zeroStatuses()));
    statuses[status] += calls;
  }
  const points = buckets.map(({ start, end, label }) => {
    const byStatus = byBucket.get(start.getTime()) ?? zeroStatuses();
    byBucket.delete(start.getTime());
    return {
      from: new Date(Math.max(start.getTime(), range.from.getTime())).toISOString(),
      to: new Date(Math.min(end.getTime(), range.end.getTime()) - 1).toISOString(),
      label,
      total: STATUS_DETAILS.reduce((sum, s) => sum + byStatus[s], 0),
      answered: byStatus.SUCCESS,
      byStatus,
      partial: start.getTime() <= now && now < end.getTime(),
    };
  });
  // Every counted call must have landed in a listed bucket; anything else is a bug in the bucket arithmetic.
  if (byBucket.size > 0)
    throw new Error(`time series: calls in unlisted buckets ${[...byBucket.keys()].join(", ")}`);
  return { bucket, timeZone, points };
}

const ZONE_TIERS: Record<TimeBucket, readonly Tier[]> = {
  hour: [],
  day: ["day"],
  week: ["day"],
  month: ["month", "day"],
};

const zeroStatuses = () =>
  Object.fromEntries(STATUS_DETAILS.map((s) => [s, 0])) as Record<StatusDetail, number>;

/** Every bucket overlapping the range: start, end (exclusive) and local label. */
async function bucketsOf(
  db: Database,
  range: TimeRange,
  bucket: TimeBucket,
  timeZone: string,
): Promise<{ start: Date; end: Date; label: string }[]> {
  const last = new Date(range.end.getTime() - 1);
  // Hours step in absolute time (each UTC hour is one local hour or, at +05:30, starts one); days, weeks and months
  // step in local wall time so daylight saving changes give 23- or 25-hour days.
  const series =
    bucket === "hour"
      ? `SELECT b AS start, b + interval '1 hour' AS "end"
           FROM generate_series(${bucketSql("hour", "$1::timestamptz", "$3")}, $2::timestamptz, interval '1 hour') AS b`
      : `SELECT w AT TIME ZONE $3 AS start, (w + interval '1 ${bucket}') AT TIME ZONE $3 AS "end"
           FROM generate_series(date_trunc('${bucket}', $1::timestamptz, $3) AT TIME ZONE $3, $2::timestamptz AT TIME ZONE $3,
                                interval '1 ${bucket}') AS w`;
  const { rows } = await db.pool.query<{ start: Date; end: Date; label: string }>(
    `SELECT start, "end", to_char(start AT TIME ZONE $3, 'YYYY-MM-DD"T"HH24:MI') AS label FROM (${series}) AS s ORDER BY start`,
    [range.from, last, timeZone],
  );
  return rows;
}
