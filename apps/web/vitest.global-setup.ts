// One PostgreSQL server for the whole test run, shared by every test file through TEST_DATABASE_URL.
export { postgresGlobalSetup as default } from "@antdash/db/testing";
