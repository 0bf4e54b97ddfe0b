// @antdash/db/testing: real databases for tests (embedded PGlite always, PostgreSQL when installed).
export { startTestPostgres } from "./test-postgres";
export { openTestDatabase, testDatabaseConfig, testDatabaseModes } from "./test-databases";
export type { TestDatabase, TestDatabaseMode } from "./test-databases";
export { postgresGlobalSetup } from "./global-setup";
export { controlTestPostgres } from "./restart-test-postgres";
