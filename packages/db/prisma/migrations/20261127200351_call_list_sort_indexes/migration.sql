-- The call list sorts on any column and pages by keyset: ORDER BY <sort>, started_at, seq (seq: a compact unique
-- tie-breaker). It reads one branch per (direction, class, status_detail) and merges them, so each sort has an index
-- led by those three, then the sort, then started_at and seq, then DID, duration and "has a recording", which
-- filters are checked against inside the index. Number search ("part of the caller's or callee's number") uses
-- trigram indexes. See packages/db/prisma/schema.prisma (model Call).
-- No semicolon inside these comments: the migration runner splits the script on them.

CREATE EXTENSION IF NOT EXISTS "pg_trgm";

DROP INDEX "calls_started_at_idx";
DROP INDEX "calls_direction_started_at_idx";
DROP INDEX "calls_status_detail_started_at_idx";
DROP INDEX "calls_did_number_started_at_idx";

ALTER TABLE "calls" ADD COLUMN "seq" BIGSERIAL NOT NULL;

ALTER TABLE "audit_events" ADD COLUMN "cli_user" TEXT;

CREATE INDEX "calls_started_at_seq_idx" ON "calls"("started_at", "seq");

CREATE INDEX "calls_list_by_started_at_idx" ON "calls"("direction", "class", "status_detail", "started_at", "seq", (COALESCE("did_number", '')), "duration_seconds", ("recording" IS NOT NULL));
CREATE INDEX "calls_list_by_duration_idx" ON "calls"("direction", "class", "status_detail", "duration_seconds", "started_at", "seq", (COALESCE("did_number", '')), ("recording" IS NOT NULL));
CREATE INDEX "calls_list_by_billing_idx" ON "calls"("direction", "class", "status_detail", "billing_seconds", "started_at", "seq", (COALESCE("did_number", '')), "duration_seconds", ("recording" IS NOT NULL));
CREATE INDEX "calls_list_by_wait_idx" ON "calls"("direction", "class", "status_detail", "wait_seconds", "started_at", "seq", (COALESCE("did_number", '')), "duration_seconds", ("recording" IS NOT NULL));
CREATE INDEX "calls_list_by_caller_idx" ON "calls"("direction", "class", "status_detail", "caller_number", "started_at", "seq", (COALESCE("did_number", '')), "duration_seconds", ("recording" IS NOT NULL));
CREATE INDEX "calls_list_by_callee_idx" ON "calls"("direction", "class", "status_detail", "callee_number", "started_at", "seq", (COALESCE("did_number", '')), "duration_seconds", ("recording" IS NOT NULL));
CREATE INDEX "calls_list_by_did_idx" ON "calls"("direction", "class", "status_detail", (COALESCE("did_number", '')), "started_at", "seq", "duration_seconds", ("recording" IS NOT NULL));
CREATE INDEX "calls_list_by_agents_idx" ON "calls"("direction", "class", "status_detail", "agents", "started_at", "seq", (COALESCE("did_number", '')), "duration_seconds", ("recording" IS NOT NULL));

CREATE INDEX "calls_caller_number_trgm_idx" ON "calls" USING GIN ("caller_number" gin_trgm_ops);
CREATE INDEX "calls_callee_number_trgm_idx" ON "calls" USING GIN ("callee_number" gin_trgm_ops);
