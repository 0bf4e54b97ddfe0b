import { publishTestDatabaseUrl, readTestEnv } from "../env";
import { startTestPostgres } from "./test-postgres";

/**
 * For a package's vitest `globalSetup`: starts one PostgreSQL server for the whole test run and hands its URL to
 * the test workers as TEST_DATABASE_URL (workers start after global setup and inherit the environment). Without
 * it, each worker process starts its own server on first use. Returns the teardown.
 */
export async function postgresGlobalSetup(): Promise<() => Promise<void>> {
  if (readTestEnv().testDatabaseUrl !== undefined) return () => Promise.resolve();
  const server = await startTestPostgres();
  if (server === null) return () => Promise.resolve(); // testDatabaseModes() warns, or throws under CI
  publishTestDatabaseUrl(server.url);
  return () => server.stop();
}
