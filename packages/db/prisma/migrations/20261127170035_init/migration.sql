-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "calls" (
    "id" TEXT NOT NULL,
    "caller_number" TEXT NOT NULL,
    "caller_type" TEXT NOT NULL,
    "caller_username" TEXT,
    "callee_number" TEXT NOT NULL,
    "callee_type" TEXT NOT NULL,
    "callee_username" TEXT,
    "class" TEXT NOT NULL,
    "did_number" TEXT,
    "direction" TEXT NOT NULL,
    "status_detail" TEXT NOT NULL,
    "duration_seconds" INTEGER NOT NULL,
    "billing_seconds" INTEGER NOT NULL,
    "unix_timestamp" INTEGER NOT NULL,
    "recording" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "wait_seconds" INTEGER NOT NULL,
    "agents" TEXT[],
    "local_date" DATE NOT NULL,
    "local_hour" SMALLINT NOT NULL,
    "local_weekday" SMALLINT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "synced_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quarantined_records" (
    "id" TEXT NOT NULL,
    "raw" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "window_from" TIMESTAMPTZ(3) NOT NULL,
    "window_to" TIMESTAMPTZ(3) NOT NULL,
    "page" INTEGER NOT NULL,
    "run_id" TEXT,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "times_seen" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "quarantined_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_runs" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "range_from" TIMESTAMPTZ(3) NOT NULL,
    "range_to" TIMESTAMPTZ(3) NOT NULL,
    "windows_total" INTEGER NOT NULL,
    "windows_done" INTEGER NOT NULL DEFAULT 0,
    "calls_seen" INTEGER NOT NULL DEFAULT 0,
    "calls_inserted" INTEGER NOT NULL DEFAULT 0,
    "quarantined" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "sync_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_windows" (
    "window_from" TIMESTAMPTZ(3) NOT NULL,
    "window_to" TIMESTAMPTZ(3) NOT NULL,
    "run_id" TEXT NOT NULL,
    "calls_seen" INTEGER NOT NULL,
    "calls_inserted" INTEGER NOT NULL,
    "pages" INTEGER NOT NULL,
    "completed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sync_windows_pkey" PRIMARY KEY ("window_from","window_to")
);

-- CreateTable
CREATE TABLE "sync_locks" (
    "name" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "acquired_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sync_locks_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "calls_started_at_idx" ON "calls"("started_at");

-- CreateIndex
CREATE INDEX "calls_direction_started_at_idx" ON "calls"("direction", "started_at");

-- CreateIndex
CREATE INDEX "calls_status_detail_started_at_idx" ON "calls"("status_detail", "started_at");

-- CreateIndex
CREATE INDEX "calls_did_number_started_at_idx" ON "calls"("did_number", "started_at");

-- CreateIndex
CREATE INDEX "calls_agents_idx" ON "calls" USING GIN ("agents");

-- CreateIndex
CREATE INDEX "quarantined_records_last_seen_at_idx" ON "quarantined_records"("last_seen_at");

-- CreateIndex
CREATE INDEX "sync_runs_started_at_idx" ON "sync_runs"("started_at");

-- CreateIndex
CREATE INDEX "sync_windows_window_to_idx" ON "sync_windows"("window_to");

