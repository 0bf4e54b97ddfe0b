-- Issue 16: a backfill of last year must not start over every cached answer about this week. Writes to "calls" are
-- now marked per UTC day of the calls they insert, change or delete (statement triggers with transition tables), and
-- at commit each marked day takes the new value of the "calls" counter. A cached answer about a range is keyed by
-- the highest day version inside it (plus "calls-epoch", bumped when every answer changes: a new rollup zone or a
-- truncated calls table), so it stays current while other days are written. The "calls" counter still moves on
-- every change (call-back cases included) for answers that are not about one range.

ALTER TABLE "data_version_marks" ADD COLUMN "day" DATE;

CREATE TABLE "call_day_versions" (
    "day" DATE NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "call_day_versions_pkey" PRIMARY KEY ("day")
);

-- Readers fetch only the days that changed since the counter they last saw.
CREATE INDEX "call_day_versions_version_idx" ON "call_day_versions" ("version");

INSERT INTO "data_versions" ("name", "version") VALUES ('calls-epoch', 0) ON CONFLICT DO NOTHING;

-- At commit: bump the marked counters, then stamp the marked days with the new "calls" counter. The counter row is
-- locked before any day row, by every writer, so two writers never wait on each other in opposite orders.
CREATE OR REPLACE FUNCTION "apply_data_change_marks"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN UPDATE "data_versions" SET "version" = "version" + 1 WHERE "name" IN (SELECT "name" FROM "data_version_marks")\073 INSERT INTO "call_day_versions" ("day", "version") SELECT d."day", v."version" FROM (SELECT DISTINCT "day" FROM "data_version_marks" WHERE "day" IS NOT NULL) AS d CROSS JOIN "data_versions" AS v WHERE v."name" = ''calls'' ON CONFLICT ("day") DO UPDATE SET "version" = EXCLUDED."version"\073 DELETE FROM "data_version_marks"\073 RETURN NULL\073 END';

CREATE FUNCTION "mark_call_days_inserted"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN INSERT INTO "data_version_marks" ("name", "day") SELECT DISTINCT ''calls'', ("started_at" AT TIME ZONE ''UTC'')::date FROM "new_calls"\073 RETURN NULL\073 END';

CREATE FUNCTION "mark_call_days_deleted"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN INSERT INTO "data_version_marks" ("name", "day") SELECT DISTINCT ''calls'', ("started_at" AT TIME ZONE ''UTC'')::date FROM "old_calls"\073 RETURN NULL\073 END';

CREATE FUNCTION "mark_call_days_updated"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN INSERT INTO "data_version_marks" ("name", "day") SELECT ''calls'', "day" FROM (SELECT ("started_at" AT TIME ZONE ''UTC'')::date AS "day" FROM "new_calls" UNION SELECT ("started_at" AT TIME ZONE ''UTC'')::date FROM "old_calls") AS d\073 RETURN NULL\073 END';

-- A trigger with transition tables serves one event only, hence one per event, and TRUNCATE has no rows to name.
DROP TRIGGER "calls_bump_data_version" ON "calls";
CREATE TRIGGER "calls_inserted_mark_days" AFTER INSERT ON "calls"
  REFERENCING NEW TABLE AS "new_calls" FOR EACH STATEMENT EXECUTE FUNCTION "mark_call_days_inserted"();
CREATE TRIGGER "calls_deleted_mark_days" AFTER DELETE ON "calls"
  REFERENCING OLD TABLE AS "old_calls" FOR EACH STATEMENT EXECUTE FUNCTION "mark_call_days_deleted"();
CREATE TRIGGER "calls_updated_mark_days" AFTER UPDATE ON "calls"
  REFERENCING OLD TABLE AS "old_calls" NEW TABLE AS "new_calls" FOR EACH STATEMENT EXECUTE FUNCTION "mark_call_days_updated"();
CREATE TRIGGER "calls_truncated_bump_data_version" AFTER TRUNCATE ON "calls"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_data_change"('calls');
CREATE TRIGGER "calls_truncated_bump_epoch" AFTER TRUNCATE ON "calls"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_data_change"('calls-epoch');
-- A new rollup zone rewrites every rollup: every answer changes.
CREATE TRIGGER "rollup_state_bump_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rollup_state"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_data_change"('calls-epoch');
