-- Issue 16: one agent's overview read that agent's rows of agent_rollups_daily (the time series by day and week)
-- and of agent_histograms_monthly (medians, service level) by scanning each whole table, since both primary keys
-- lead with the period. These indexes lead with the agent instead. The counters are not in them, so the rollups'
-- upserts of existing rows stay HOT updates.
CREATE INDEX "agent_rollups_daily_agent_day_start_idx" ON "agent_rollups_daily"("agent", "day_start");
CREATE INDEX "agent_histograms_monthly_agent_month_start_idx" ON "agent_histograms_monthly"("agent", "month_start");
