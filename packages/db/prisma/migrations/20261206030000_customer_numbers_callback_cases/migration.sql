-- Issue 13: customers' numbers in one spelling beside each call's caller and callee, and the call-back cases
-- derived from them (see packages/db/src/callbacks). Existing rows get their normalized numbers from the
-- application when the database is next opened (packages/db/src/calls/backfill-normalized-numbers.ts), as the
-- rule (libphonenumber-js plus the 2018 prefix table) lives in antring-core, not in SQL. NULL means "not yet".

ALTER TABLE "calls" ADD COLUMN "caller_normalized" TEXT;
ALTER TABLE "calls" ADD COLUMN "callee_normalized" TEXT;

-- Every call with a customer: one index range per side, then sorted (a customer has few calls). The leading NULLs
-- also find the rows the backfill has still to fill.
CREATE INDEX "calls_caller_normalized_started_at_seq_idx" ON "calls"("caller_normalized", "started_at", "seq");
CREATE INDEX "calls_callee_normalized_started_at_seq_idx" ON "calls"("callee_normalized", "started_at", "seq");

-- One row per call-back case, rebuilt from the calls of its number whenever they change.
CREATE TABLE "callback_cases" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "first_missed_call_id" TEXT NOT NULL,
    "first_missed_at" TIMESTAMPTZ(3) NOT NULL,
    "last_missed_at" TIMESTAMPTZ(3) NOT NULL,
    "missed_count" INTEGER NOT NULL,
    "dids" TEXT[],
    "first_did" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "first_attempt_at" TIMESTAMPTZ(3),
    "last_attempt_at" TIMESTAMPTZ(3),
    "first_attempt_agent" TEXT,
    "reached_at" TIMESTAMPTZ(3),
    "reached_by" TEXT,
    "reached_agent" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL,
    "contact_hours" INTEGER[],
    "derived_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "callback_cases_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "callback_cases_first_missed_at_id_idx" ON "callback_cases"("first_missed_at", "id");
CREATE INDEX "callback_cases_status_first_missed_at_idx" ON "callback_cases"("status", "first_missed_at");
CREATE INDEX "callback_cases_number_idx" ON "callback_cases"("number");

-- What people decided about a case (owner, manual close), kept apart from the derived rows so a rebuild never
-- loses it. Keyed by the case's stable id (number and first missed call).
CREATE TABLE "callback_case_states" (
    "case_id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "owner_id" TEXT,
    "assigned_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "close_reason" TEXT,
    "closed_by" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "callback_case_states_pkey" PRIMARY KEY ("case_id")
);
CREATE INDEX "callback_case_states_number_idx" ON "callback_case_states"("number");
CREATE INDEX "callback_case_states_owner_id_idx" ON "callback_case_states"("owner_id");

-- Numbers whose cases must be rebuilt: marked in the statement that inserts their calls, cleared (if not marked
-- again meanwhile: the mark) once the cases are rewritten. A crash in between leaves the mark for the next pass.
CREATE SEQUENCE "callback_dirty_mark_seq";
CREATE TABLE "callback_dirty_numbers" (
    "number" TEXT NOT NULL,
    "mark" BIGINT NOT NULL DEFAULT nextval('callback_dirty_mark_seq'),

    CONSTRAINT "callback_dirty_numbers_pkey" PRIMARY KEY ("number")
);
