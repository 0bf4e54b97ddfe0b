-- Emptied first so the new key columns need no default: every rollup is refilled below.
DELETE FROM "agent_rollups_daily";

-- AlterTable
ALTER TABLE "agent_rollups_daily" DROP CONSTRAINT "agent_rollups_daily_pkey",
ADD COLUMN     "class" TEXT NOT NULL,
ADD COLUMN     "did_number" TEXT NOT NULL,
ADD CONSTRAINT "agent_rollups_daily_pkey" PRIMARY KEY ("day_start", "agent", "direction", "status_detail", "class", "did_number");

-- CreateTable
CREATE TABLE "call_rollups_monthly" (
    "month_start" TIMESTAMPTZ(3) NOT NULL,
    "direction" TEXT NOT NULL,
    "status_detail" TEXT NOT NULL,
    "class" TEXT NOT NULL,
    "did_number" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "billing_seconds" BIGINT NOT NULL,
    "duration_seconds" BIGINT NOT NULL,
    "wait_seconds" BIGINT NOT NULL,
    "recorded" INTEGER NOT NULL,

    CONSTRAINT "call_rollups_monthly_pkey" PRIMARY KEY ("month_start","direction","status_detail","class","did_number")
);

-- CreateTable
CREATE TABLE "agent_rollups_monthly" (
    "month_start" TIMESTAMPTZ(3) NOT NULL,
    "agent" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "status_detail" TEXT NOT NULL,
    "class" TEXT NOT NULL,
    "did_number" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "billing_seconds" BIGINT NOT NULL,
    "duration_seconds" BIGINT NOT NULL,
    "wait_seconds" BIGINT NOT NULL,

    CONSTRAINT "agent_rollups_monthly_pkey" PRIMARY KEY ("month_start","agent","direction","status_detail","class","did_number")
);

-- Fill every rollup from the calls already cached: the text of rebuildRollupsSql() in src/calls/rollups.ts
-- (a test keeps them equal).
DELETE FROM call_rollups_hourly;
DELETE FROM call_rollups_daily;
DELETE FROM call_rollups_monthly;
DELETE FROM agent_rollups_hourly;
DELETE FROM agent_rollups_daily;
DELETE FROM agent_rollups_monthly;
DELETE FROM call_histograms_daily;
DELETE FROM call_histograms_monthly;
INSERT INTO call_rollups_hourly AS r (hour_start, direction, status_detail, class, did_number, calls, billing_seconds, duration_seconds, wait_seconds, recorded)
    SELECT date_trunc('hour', started_at, 'UTC'), direction, status_detail, class, coalesce(did_number, ''), count(*)::int, sum(billing_seconds), sum(duration_seconds), sum(wait_seconds), count(recording)::int
      FROM calls  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (hour_start, direction, status_detail, class, did_number) DO UPDATE
      SET calls = r.calls + excluded.calls, billing_seconds = r.billing_seconds + excluded.billing_seconds, duration_seconds = r.duration_seconds + excluded.duration_seconds, wait_seconds = r.wait_seconds + excluded.wait_seconds, recorded = r.recorded + excluded.recorded;
INSERT INTO call_rollups_daily AS r (day_start, direction, status_detail, class, did_number, calls, billing_seconds, duration_seconds, wait_seconds, recorded)
    SELECT date_trunc('day', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)), direction, status_detail, class, coalesce(did_number, ''), count(*)::int, sum(billing_seconds), sum(duration_seconds), sum(wait_seconds), count(recording)::int
      FROM calls  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (day_start, direction, status_detail, class, did_number) DO UPDATE
      SET calls = r.calls + excluded.calls, billing_seconds = r.billing_seconds + excluded.billing_seconds, duration_seconds = r.duration_seconds + excluded.duration_seconds, wait_seconds = r.wait_seconds + excluded.wait_seconds, recorded = r.recorded + excluded.recorded;
INSERT INTO call_rollups_monthly AS r (month_start, direction, status_detail, class, did_number, calls, billing_seconds, duration_seconds, wait_seconds, recorded)
    SELECT date_trunc('month', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)), direction, status_detail, class, coalesce(did_number, ''), count(*)::int, sum(billing_seconds), sum(duration_seconds), sum(wait_seconds), count(recording)::int
      FROM calls  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (month_start, direction, status_detail, class, did_number) DO UPDATE
      SET calls = r.calls + excluded.calls, billing_seconds = r.billing_seconds + excluded.billing_seconds, duration_seconds = r.duration_seconds + excluded.duration_seconds, wait_seconds = r.wait_seconds + excluded.wait_seconds, recorded = r.recorded + excluded.recorded;
INSERT INTO agent_rollups_hourly AS r (hour_start, agent, direction, status_detail, calls, billing_seconds, duration_seconds, wait_seconds)
    SELECT date_trunc('hour', started_at, 'UTC'), agent, direction, status_detail, count(*)::int, sum(billing_seconds), sum(duration_seconds), sum(wait_seconds)
      FROM calls CROSS JOIN LATERAL unnest(agents) AS agent GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (hour_start, agent, direction, status_detail) DO UPDATE
      SET calls = r.calls + excluded.calls, billing_seconds = r.billing_seconds + excluded.billing_seconds, duration_seconds = r.duration_seconds + excluded.duration_seconds, wait_seconds = r.wait_seconds + excluded.wait_seconds;
INSERT INTO agent_rollups_daily AS r (day_start, agent, direction, status_detail, class, did_number, calls, billing_seconds, duration_seconds, wait_seconds)
    SELECT date_trunc('day', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)), agent, direction, status_detail, class, coalesce(did_number, ''), count(*)::int, sum(billing_seconds), sum(duration_seconds), sum(wait_seconds)
      FROM calls CROSS JOIN LATERAL unnest(agents) AS agent GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (day_start, agent, direction, status_detail, class, did_number) DO UPDATE
      SET calls = r.calls + excluded.calls, billing_seconds = r.billing_seconds + excluded.billing_seconds, duration_seconds = r.duration_seconds + excluded.duration_seconds, wait_seconds = r.wait_seconds + excluded.wait_seconds;
INSERT INTO agent_rollups_monthly AS r (month_start, agent, direction, status_detail, class, did_number, calls, billing_seconds, duration_seconds, wait_seconds)
    SELECT date_trunc('month', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)), agent, direction, status_detail, class, coalesce(did_number, ''), count(*)::int, sum(billing_seconds), sum(duration_seconds), sum(wait_seconds)
      FROM calls CROSS JOIN LATERAL unnest(agents) AS agent GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (month_start, agent, direction, status_detail, class, did_number) DO UPDATE
      SET calls = r.calls + excluded.calls, billing_seconds = r.billing_seconds + excluded.billing_seconds, duration_seconds = r.duration_seconds + excluded.duration_seconds, wait_seconds = r.wait_seconds + excluded.wait_seconds;
INSERT INTO call_histograms_daily AS r (day_start, direction, status_detail, class, did_number, metric, bin, calls)
    SELECT date_trunc('day', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)), direction, status_detail, class, coalesce(did_number, ''), metric, CASE WHEN seconds < 0 THEN 0 WHEN seconds < 60 THEN seconds WHEN seconds < 180 THEN seconds - (seconds - 60) % 5 WHEN seconds < 600 THEN seconds - (seconds - 180) % 15 WHEN seconds < 1800 THEN seconds - (seconds - 600) % 60 WHEN seconds < 3600 THEN seconds - (seconds - 1800) % 300 WHEN seconds < 7200 THEN seconds - (seconds - 3600) % 900 ELSE 7200 END, count(*)::int
      FROM calls CROSS JOIN LATERAL (VALUES ('talk', billing_seconds), ('wait', wait_seconds)) AS m(metric, seconds) GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (day_start, direction, status_detail, class, did_number, metric, bin) DO UPDATE
      SET calls = r.calls + excluded.calls;
INSERT INTO call_histograms_monthly AS r (month_start, direction, status_detail, class, did_number, metric, bin, calls)
    SELECT date_trunc('month', started_at, (SELECT time_zone FROM rollup_state WHERE id = 1)), direction, status_detail, class, coalesce(did_number, ''), metric, CASE WHEN seconds < 0 THEN 0 WHEN seconds < 60 THEN seconds WHEN seconds < 180 THEN seconds - (seconds - 60) % 5 WHEN seconds < 600 THEN seconds - (seconds - 180) % 15 WHEN seconds < 1800 THEN seconds - (seconds - 600) % 60 WHEN seconds < 3600 THEN seconds - (seconds - 1800) % 300 WHEN seconds < 7200 THEN seconds - (seconds - 3600) % 900 ELSE 7200 END, count(*)::int
      FROM calls CROSS JOIN LATERAL (VALUES ('talk', billing_seconds), ('wait', wait_seconds)) AS m(metric, seconds) GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (month_start, direction, status_detail, class, did_number, metric, bin) DO UPDATE
      SET calls = r.calls + excluded.calls;
