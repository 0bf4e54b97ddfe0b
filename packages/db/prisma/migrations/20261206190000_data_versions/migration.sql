-- Counters that change in the same transaction as the data they stand for (statement triggers), so every web process
-- sharing this database learns with one tiny read whether a cached result, a settings read or a session check is
-- still current (issue 16: the cheap read path). A counter is bumped by the writing transaction itself (at its
-- commit), so a reader who sees the new number also sees the new rows.
--   calls:    calls (and the rollups written in the same statements), the rollups' zone, call-back cases
--   settings: the settings table
--   sessions: users (role, password, disabling, session version) and signed-out sessions
CREATE TABLE "data_versions" (
    "name" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_versions_pkey" PRIMARY KEY ("name")
);

INSERT INTO "data_versions" ("name", "version") VALUES ('calls', 0), ('settings', 0), ('sessions', 0);

-- What the current transaction changed, as marks: a statement trigger only inserts one (no lock anyone waits for),
-- and at commit a deferred trigger turns the marks into counter bumps and deletes them. Bumping the counter row in
-- the statement itself would hold its lock for the rest of the transaction, and two writers each holding rows the
-- other needs (rollups, call-back numbers) deadlocked (seen on PostgreSQL under a backfill). At commit a writer
-- takes the counter rows last, in one order, and waits for nothing else afterwards.
CREATE TABLE "data_version_marks" (
    "name" TEXT NOT NULL
);

-- The bodies are E'' strings with \073 for each semicolon: Prisma's driver-adapter migration runner cuts scripts
-- at every semicolon, dollar quotes included.
CREATE FUNCTION "mark_data_change"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN INSERT INTO "data_version_marks" ("name") VALUES (TG_ARGV[0])\073 RETURN NULL\073 END';

CREATE FUNCTION "apply_data_change_marks"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN UPDATE "data_versions" SET "version" = "version" + 1 WHERE "name" IN (SELECT "name" FROM "data_version_marks")\073 DELETE FROM "data_version_marks"\073 RETURN NULL\073 END';

CREATE CONSTRAINT TRIGGER "data_version_marks_apply" AFTER INSERT ON "data_version_marks"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "apply_data_change_marks"();

CREATE TRIGGER "calls_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "calls"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_data_change"('calls');
CREATE TRIGGER "rollup_state_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rollup_state"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_data_change"('calls');
CREATE TRIGGER "callback_cases_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "callback_cases"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_data_change"('calls');
CREATE TRIGGER "callback_case_states_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "callback_case_states"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_data_change"('calls');
CREATE TRIGGER "settings_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "settings"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_data_change"('settings');
CREATE TRIGGER "users_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_data_change"('sessions');
CREATE TRIGGER "ended_sessions_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ended_sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_data_change"('sessions');
