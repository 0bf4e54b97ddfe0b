-- Counters that change in the same transaction as the data they stand for (statement triggers), so every web process
-- sharing this database learns with one tiny read whether a cached result, a settings read or a session check is
-- still current (issue 16: the cheap read path). A counter is bumped before its transaction commits, so a reader
-- who sees the new number also sees the new rows.
--   calls:    calls (and the rollups written in the same statements), the rollups' zone, call-back cases
--   settings: the settings table
--   sessions: users (role, password, disabling, session version) and signed-out sessions
CREATE TABLE "data_versions" (
    "name" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_versions_pkey" PRIMARY KEY ("name")
);

INSERT INTO "data_versions" ("name", "version") VALUES ('calls', 0), ('settings', 0), ('sessions', 0);

-- The body is an E'' string with \073 for each semicolon: Prisma's driver-adapter migration runner cuts scripts at
-- every semicolon, dollar quotes included.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN UPDATE "data_versions" SET "version" = "version" + 1 WHERE "name" = TG_ARGV[0]\073 RETURN NULL\073 END';

CREATE TRIGGER "calls_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "calls"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('calls');
CREATE TRIGGER "rollup_state_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rollup_state"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('calls');
CREATE TRIGGER "callback_cases_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "callback_cases"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('calls');
CREATE TRIGGER "callback_case_states_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "callback_case_states"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('calls');
CREATE TRIGGER "settings_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "settings"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('settings');
CREATE TRIGGER "users_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('sessions');
CREATE TRIGGER "ended_sessions_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ended_sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('sessions');
