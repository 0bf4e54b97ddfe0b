-- Scheduled reports, alert rules and their events, and the outbox that sends both exactly once (issue 18).
-- The folder's timestamp orders it after the other branches' migrations of the same day.

CREATE TABLE "report_schedules" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "view_name" TEXT,
    "criteria" JSONB NOT NULL,
    "period" TEXT NOT NULL,
    "weekday" INTEGER,
    "month_day" INTEGER,
    "send_minute" INTEGER NOT NULL,
    "recipients" JSONB NOT NULL,
    "locale" TEXT NOT NULL,
    "attachment" TEXT NOT NULL DEFAULT 'none',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "report_schedules_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "alert_rules" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "window_minutes" INTEGER NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "business_hours" JSONB,
    "emails" JSONB NOT NULL DEFAULT '[]',
    "webhook_url" TEXT,
    "webhook_secret" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "firing_since" TIMESTAMPTZ(3),
    "last_value" DOUBLE PRECISION,
    "evaluated_at" TIMESTAMPTZ(3),
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "alert_rules_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "alert_events" (
    "id" TEXT NOT NULL,
    "rule_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "value" DOUBLE PRECISION,
    "detail" JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT "alert_events_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "alert_events_rule_id_at_idx" ON "alert_events"("rule_id", "at");
CREATE INDEX "alert_events_at_idx" ON "alert_events"("at");

CREATE TABLE "deliveries" (
    "id" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "report_id" TEXT,
    "alert_event_id" TEXT,
    "period_from" TIMESTAMPTZ(3),
    "period_to" TIMESTAMPTZ(3),
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease_owner" TEXT,
    "lease_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "incomplete" BOOLEAN NOT NULL DEFAULT false,
    "requested_by" TEXT NOT NULL,
    "message_id" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "deliveries_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "deliveries_dedupe_key_key" ON "deliveries"("dedupe_key");
CREATE INDEX "deliveries_state_next_attempt_at_idx" ON "deliveries"("state", "next_attempt_at");
CREATE INDEX "deliveries_report_id_created_at_idx" ON "deliveries"("report_id", "created_at");
CREATE INDEX "deliveries_alert_event_id_idx" ON "deliveries"("alert_event_id");
