import type { Database } from "@antdash/db";

/**
 * The overview's numbers computed the plain way, for the benchmark's baseline: GROUP BY queries over the raw
 * calls table (totals with exact medians, one GROUP BY per dimension, agents by unnest, the series by
 * date_trunc, the KPIs by direction with FILTER), for the range and the period before it, several queries at a
 * time like the API's own.
 */
const INBOUND = "class = 'trunking' AND direction = 'to_ab'";
const OUTBOUND = "class = 'trunking' AND direction = 'from_ab'";

export async function baselineOverview(db: Database, from: Date, to: Date, timeZone: string, bucket: string) {
  const previousFrom = new Date(from.getTime() - (to.getTime() - from.getTime()) - 1);
  const periods: [Date, Date][] = [
    [from, to],
    [previousFrom, new Date(from.getTime() - 1)],
  ];
  const counters = `count(*)::int AS calls, count(*) FILTER (WHERE status_detail = 'SUCCESS')::int AS answered,
    count(*) FILTER (WHERE status_detail = 'CANCELLED')::int AS abandoned, sum(billing_seconds)::bigint AS billing,
    sum(duration_seconds)::bigint AS duration, sum(wait_seconds)::bigint AS wait`;
  const range = "started_at >= $1 AND started_at <= $2";
  const perPeriod = periods.flatMap(([a, b]) => [
    db.pool.query(
      `SELECT ${counters},
              percentile_cont(0.5) WITHIN GROUP (ORDER BY billing_seconds) FILTER (WHERE status_detail = 'SUCCESS') AS median_talk,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY wait_seconds) AS median_wait
         FROM calls WHERE ${range}`,
      [a, b],
    ),
    ...["direction", "status_detail", "class", "did_number"].map((column) =>
      db.pool.query(`SELECT ${column} AS key, ${counters} FROM calls WHERE ${range} GROUP BY ${column}`, [
        a,
        b,
      ]),
    ),
    db.pool.query(
      `SELECT agent AS key, ${counters} FROM calls, unnest(agents) AS agent WHERE ${range} GROUP BY agent`,
      [a, b],
    ),
    db.pool.query(
      `SELECT count(*) FILTER (WHERE ${INBOUND}) AS offered,
              count(*) FILTER (WHERE ${INBOUND} AND status_detail = 'SUCCESS') AS answered,
              count(*) FILTER (WHERE ${INBOUND} AND status_detail = 'CANCELLED') AS abandoned,
              count(*) FILTER (WHERE ${INBOUND} AND status_detail = 'CANCELLED' AND duration_seconds <= 5) AS short,
              count(*) FILTER (WHERE ${INBOUND} AND status_detail = 'SUCCESS' AND wait_seconds <= 20) AS within_sl,
              avg(wait_seconds) FILTER (WHERE ${INBOUND} AND status_detail = 'SUCCESS') AS asa,
              avg(duration_seconds) FILTER (WHERE ${INBOUND} AND status_detail = 'CANCELLED') AS abandon_wait,
              count(*) FILTER (WHERE ${OUTBOUND}) AS attempts,
              count(*) FILTER (WHERE ${OUTBOUND} AND status_detail = 'SUCCESS') AS connected,
              count(*) FILTER (WHERE ${OUTBOUND} AND status_detail = 'BUSY') AS busy,
              count(*) FILTER (WHERE class = 'one_one') AS internal
         FROM calls WHERE ${range}`,
      [a, b],
    ),
  ]);
  const series = db.pool.query(
    `SELECT date_trunc($3, started_at, $4) AS bucket, status_detail, count(*)::int AS calls
       FROM calls WHERE ${range} GROUP BY 1, 2`,
    [from, to, bucket, timeZone],
  );
  return Promise.all([...perPeriod, series]);
}
