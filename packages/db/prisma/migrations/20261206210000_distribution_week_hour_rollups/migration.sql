-- The talk × duration distribution (src/calls/distribution-bins.ts) and the calls per local weekday and hour (the
-- heatmap) per local day and month, and each agent's histograms per local month: without reading the raw calls.
CREATE TABLE "call_distribution_daily" (
    "day_start" TIMESTAMPTZ(3) NOT NULL,
    "direction" TEXT NOT NULL,
    "status_detail" TEXT NOT NULL,
    "class" TEXT NOT NULL,
    "did_number" TEXT NOT NULL,
    "billing_bin" INTEGER NOT NULL,
    "duration_bin" INTEGER NOT NULL,
    "calls" INTEGER NOT NULL,
    CONSTRAINT "call_distribution_daily_pkey" PRIMARY KEY ("day_start", "direction", "status_detail", "class", "did_number", "billing_bin", "duration_bin")
);

CREATE TABLE "call_distribution_monthly" (
    "month_start" TIMESTAMPTZ(3) NOT NULL,
    "direction" TEXT NOT NULL,
    "status_detail" TEXT NOT NULL,
    "class" TEXT NOT NULL,
    "did_number" TEXT NOT NULL,
    "billing_bin" INTEGER NOT NULL,
    "duration_bin" INTEGER NOT NULL,
    "calls" INTEGER NOT NULL,
    CONSTRAINT "call_distribution_monthly_pkey" PRIMARY KEY ("month_start", "direction", "status_detail", "class", "did_number", "billing_bin", "duration_bin")
);

CREATE TABLE "call_week_hours_daily" (
    "day_start" TIMESTAMPTZ(3) NOT NULL,
    "direction" TEXT NOT NULL,
    "status_detail" TEXT NOT NULL,
    "class" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "hour" INTEGER NOT NULL,
    "calls" INTEGER NOT NULL,
    CONSTRAINT "call_week_hours_daily_pkey" PRIMARY KEY ("day_start", "direction", "status_detail", "class", "weekday", "hour")
);

CREATE TABLE "call_week_hours_monthly" (
    "month_start" TIMESTAMPTZ(3) NOT NULL,
    "direction" TEXT NOT NULL,
    "status_detail" TEXT NOT NULL,
    "class" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "hour" INTEGER NOT NULL,
    "calls" INTEGER NOT NULL,
    CONSTRAINT "call_week_hours_monthly_pkey" PRIMARY KEY ("month_start", "direction", "status_detail", "class", "weekday", "hour")
);

CREATE TABLE "agent_histograms_monthly" (
    "month_start" TIMESTAMPTZ(3) NOT NULL,
    "agent" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "status_detail" TEXT NOT NULL,
    "class" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "bin" INTEGER NOT NULL,
    "calls" INTEGER NOT NULL,
    CONSTRAINT "agent_histograms_monthly_pkey" PRIMARY KEY ("month_start", "agent", "direction", "status_detail", "class", "metric", "bin")
);

-- Fill every rollup from the calls already cached: the text of rebuildRollupsSql() in src/calls/rollups.ts
DELETE FROM call_rollups_hourly;
DELETE FROM call_rollups_daily;
DELETE FROM call_rollups_monthly;
DELETE FROM agent_rollups_hourly;
DELETE FROM agent_rollups_daily;
DELETE FROM agent_rollups_monthly;
DELETE FROM call_histograms_daily;
DELETE FROM call_histograms_monthly;
DELETE FROM agent_histograms_monthly;
DELETE FROM call_distribution_daily;
DELETE FROM call_distribution_monthly;
DELETE FROM call_week_hours_daily;
DELETE FROM call_week_hours_monthly;
WITH grouped_calls AS (SELECT date_trunc('hour', started_at, 'UTC') AS hour_start, date_trunc('day', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)) AS day_start, date_trunc('month', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)) AS month_start, direction AS direction, status_detail AS status_detail, class AS class, coalesce(did_number, '') AS did_number,
      count(*) AS calls, sum(billing_seconds) AS billing_seconds, sum(duration_seconds) AS duration_seconds, sum(wait_seconds) AS wait_seconds, count(recording) AS recorded
    FROM calls  GROUP BY 1, 2, 3, 4, 5, 6, 7),
up_call_rollups_hourly AS (INSERT INTO call_rollups_hourly AS r (hour_start, direction, status_detail, class, did_number, calls, billing_seconds, duration_seconds, wait_seconds, recorded)
    SELECT hour_start, direction, status_detail, class, did_number, sum(calls)::int, sum(billing_seconds)::bigint, sum(duration_seconds)::bigint, sum(wait_seconds)::bigint, sum(recorded)::int
      FROM grouped_calls GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (hour_start, direction, status_detail, class, did_number) DO UPDATE
      SET calls = r.calls + excluded.calls, billing_seconds = r.billing_seconds + excluded.billing_seconds, duration_seconds = r.duration_seconds + excluded.duration_seconds, wait_seconds = r.wait_seconds + excluded.wait_seconds, recorded = r.recorded + excluded.recorded),
up_call_rollups_daily AS (INSERT INTO call_rollups_daily AS r (day_start, direction, status_detail, class, did_number, calls, billing_seconds, duration_seconds, wait_seconds, recorded)
    SELECT day_start, direction, status_detail, class, did_number, sum(calls)::int, sum(billing_seconds)::bigint, sum(duration_seconds)::bigint, sum(wait_seconds)::bigint, sum(recorded)::int
      FROM grouped_calls GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (day_start, direction, status_detail, class, did_number) DO UPDATE
      SET calls = r.calls + excluded.calls, billing_seconds = r.billing_seconds + excluded.billing_seconds, duration_seconds = r.duration_seconds + excluded.duration_seconds, wait_seconds = r.wait_seconds + excluded.wait_seconds, recorded = r.recorded + excluded.recorded),
up_call_rollups_monthly AS (INSERT INTO call_rollups_monthly AS r (month_start, direction, status_detail, class, did_number, calls, billing_seconds, duration_seconds, wait_seconds, recorded)
    SELECT month_start, direction, status_detail, class, did_number, sum(calls)::int, sum(billing_seconds)::bigint, sum(duration_seconds)::bigint, sum(wait_seconds)::bigint, sum(recorded)::int
      FROM grouped_calls GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (month_start, direction, status_detail, class, did_number) DO UPDATE
      SET calls = r.calls + excluded.calls, billing_seconds = r.billing_seconds + excluded.billing_seconds, duration_seconds = r.duration_seconds + excluded.duration_seconds, wait_seconds = r.wait_seconds + excluded.wait_seconds, recorded = r.recorded + excluded.recorded),
grouped_agents AS (SELECT date_trunc('hour', started_at, 'UTC') AS hour_start, date_trunc('day', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)) AS day_start, date_trunc('month', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)) AS month_start, agent AS agent, direction AS direction, status_detail AS status_detail, class AS class, coalesce(did_number, '') AS did_number,
      count(*) AS calls, sum(billing_seconds) AS billing_seconds, sum(duration_seconds) AS duration_seconds, sum(wait_seconds) AS wait_seconds
    FROM calls CROSS JOIN LATERAL unnest(agents) AS agent GROUP BY 1, 2, 3, 4, 5, 6, 7, 8),
up_agent_rollups_hourly AS (INSERT INTO agent_rollups_hourly AS r (hour_start, agent, direction, status_detail, calls, billing_seconds, duration_seconds, wait_seconds)
    SELECT hour_start, agent, direction, status_detail, sum(calls)::int, sum(billing_seconds)::bigint, sum(duration_seconds)::bigint, sum(wait_seconds)::bigint
      FROM grouped_agents GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (hour_start, agent, direction, status_detail) DO UPDATE
      SET calls = r.calls + excluded.calls, billing_seconds = r.billing_seconds + excluded.billing_seconds, duration_seconds = r.duration_seconds + excluded.duration_seconds, wait_seconds = r.wait_seconds + excluded.wait_seconds),
up_agent_rollups_daily AS (INSERT INTO agent_rollups_daily AS r (day_start, agent, direction, status_detail, class, did_number, calls, billing_seconds, duration_seconds, wait_seconds)
    SELECT day_start, agent, direction, status_detail, class, did_number, sum(calls)::int, sum(billing_seconds)::bigint, sum(duration_seconds)::bigint, sum(wait_seconds)::bigint
      FROM grouped_agents GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (day_start, agent, direction, status_detail, class, did_number) DO UPDATE
      SET calls = r.calls + excluded.calls, billing_seconds = r.billing_seconds + excluded.billing_seconds, duration_seconds = r.duration_seconds + excluded.duration_seconds, wait_seconds = r.wait_seconds + excluded.wait_seconds),
up_agent_rollups_monthly AS (INSERT INTO agent_rollups_monthly AS r (month_start, agent, direction, status_detail, class, did_number, calls, billing_seconds, duration_seconds, wait_seconds)
    SELECT month_start, agent, direction, status_detail, class, did_number, sum(calls)::int, sum(billing_seconds)::bigint, sum(duration_seconds)::bigint, sum(wait_seconds)::bigint
      FROM grouped_agents GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (month_start, agent, direction, status_detail, class, did_number) DO UPDATE
      SET calls = r.calls + excluded.calls, billing_seconds = r.billing_seconds + excluded.billing_seconds, duration_seconds = r.duration_seconds + excluded.duration_seconds, wait_seconds = r.wait_seconds + excluded.wait_seconds),
grouped_histograms AS (SELECT date_trunc('day', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)) AS day_start, date_trunc('month', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)) AS month_start, direction AS direction, status_detail AS status_detail, class AS class, coalesce(did_number, '') AS did_number, metric AS metric, CASE WHEN seconds < 0 THEN 0 WHEN seconds < 125 THEN seconds WHEN seconds < 180 THEN seconds - (seconds - 125) % 5 WHEN seconds < 600 THEN seconds - (seconds - 180) % 15 WHEN seconds < 1800 THEN seconds - (seconds - 600) % 60 WHEN seconds < 3600 THEN seconds - (seconds - 1800) % 300 WHEN seconds < 7200 THEN seconds - (seconds - 3600) % 900 ELSE 7200 END AS bin,
      count(*) AS calls
    FROM calls CROSS JOIN LATERAL (
    SELECT 'talk' AS metric, billing_seconds AS seconds
    UNION ALL SELECT 'wait', wait_seconds
    UNION ALL SELECT 'duration', duration_seconds WHERE status_detail = 'CANCELLED') AS m GROUP BY 1, 2, 3, 4, 5, 6, 7, 8),
up_call_histograms_daily AS (INSERT INTO call_histograms_daily AS r (day_start, direction, status_detail, class, did_number, metric, bin, calls)
    SELECT day_start, direction, status_detail, class, did_number, metric, bin, sum(calls)::int
      FROM grouped_histograms GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (day_start, direction, status_detail, class, did_number, metric, bin) DO UPDATE
      SET calls = r.calls + excluded.calls),
up_call_histograms_monthly AS (INSERT INTO call_histograms_monthly AS r (month_start, direction, status_detail, class, did_number, metric, bin, calls)
    SELECT month_start, direction, status_detail, class, did_number, metric, bin, sum(calls)::int
      FROM grouped_histograms GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (month_start, direction, status_detail, class, did_number, metric, bin) DO UPDATE
      SET calls = r.calls + excluded.calls),
grouped_agent_histograms AS (SELECT date_trunc('month', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)) AS month_start, agent AS agent, direction AS direction, status_detail AS status_detail, class AS class, metric AS metric, CASE WHEN seconds < 0 THEN 0 WHEN seconds < 125 THEN seconds WHEN seconds < 180 THEN seconds - (seconds - 125) % 5 WHEN seconds < 600 THEN seconds - (seconds - 180) % 15 WHEN seconds < 1800 THEN seconds - (seconds - 600) % 60 WHEN seconds < 3600 THEN seconds - (seconds - 1800) % 300 WHEN seconds < 7200 THEN seconds - (seconds - 3600) % 900 ELSE 7200 END AS bin,
      count(*) AS calls
    FROM calls CROSS JOIN LATERAL unnest(agents) AS agent CROSS JOIN LATERAL (
    SELECT 'talk' AS metric, billing_seconds AS seconds
    UNION ALL SELECT 'wait', wait_seconds
    UNION ALL SELECT 'duration', duration_seconds WHERE status_detail = 'CANCELLED') AS m GROUP BY 1, 2, 3, 4, 5, 6, 7),
up_agent_histograms_monthly AS (INSERT INTO agent_histograms_monthly AS r (month_start, agent, direction, status_detail, class, metric, bin, calls)
    SELECT month_start, agent, direction, status_detail, class, metric, bin, sum(calls)::int
      FROM grouped_agent_histograms GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (month_start, agent, direction, status_detail, class, metric, bin) DO UPDATE
      SET calls = r.calls + excluded.calls),
grouped_distribution AS (SELECT date_trunc('day', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)) AS day_start, date_trunc('month', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)) AS month_start, direction AS direction, status_detail AS status_detail, class AS class, coalesce(did_number, '') AS did_number, width_bucket(billing_seconds, ARRAY[10, 30, 60, 120, 180, 300, 600, 1200, 1800, 3600]::int[]) AS billing_bin, width_bucket(duration_seconds, ARRAY[10, 30, 60, 120, 180, 300, 600, 1200, 1800, 3600]::int[]) AS duration_bin,
      count(*) AS calls
    FROM calls  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8),
up_call_distribution_daily AS (INSERT INTO call_distribution_daily AS r (day_start, direction, status_detail, class, did_number, billing_bin, duration_bin, calls)
    SELECT day_start, direction, status_detail, class, did_number, billing_bin, duration_bin, sum(calls)::int
      FROM grouped_distribution GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (day_start, direction, status_detail, class, did_number, billing_bin, duration_bin) DO UPDATE
      SET calls = r.calls + excluded.calls),
up_call_distribution_monthly AS (INSERT INTO call_distribution_monthly AS r (month_start, direction, status_detail, class, did_number, billing_bin, duration_bin, calls)
    SELECT month_start, direction, status_detail, class, did_number, billing_bin, duration_bin, sum(calls)::int
      FROM grouped_distribution GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (month_start, direction, status_detail, class, did_number, billing_bin, duration_bin) DO UPDATE
      SET calls = r.calls + excluded.calls),
grouped_week_hours AS (SELECT date_trunc('day', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)) AS day_start, date_trunc('month', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)) AS month_start, direction AS direction, status_detail AS status_detail, class AS class, extract(dow FROM started_at AT TIME ZONE (SELECT time_zone FROM rollup_state WHERE id = 1))::int AS weekday, extract(hour FROM started_at AT TIME ZONE (SELECT time_zone FROM rollup_state WHERE id = 1))::int AS hour,
      count(*) AS calls
    FROM calls  GROUP BY 1, 2, 3, 4, 5, 6, 7),
up_call_week_hours_daily AS (INSERT INTO call_week_hours_daily AS r (day_start, direction, status_detail, class, weekday, hour, calls)
    SELECT day_start, direction, status_detail, class, weekday, hour, sum(calls)::int
      FROM grouped_week_hours GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (day_start, direction, status_detail, class, weekday, hour) DO UPDATE
      SET calls = r.calls + excluded.calls),
up_call_week_hours_monthly AS (INSERT INTO call_week_hours_monthly AS r (month_start, direction, status_detail, class, weekday, hour, calls)
    SELECT month_start, direction, status_detail, class, weekday, hour, sum(calls)::int
      FROM grouped_week_hours GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (month_start, direction, status_detail, class, weekday, hour) DO UPDATE
      SET calls = r.calls + excluded.calls)
SELECT 1;
