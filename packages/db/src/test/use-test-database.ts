import { afterAll, beforeAll } from "vitest";
import { openTestDatabase, type TestDatabase, type TestDatabaseMode } from "../testing/test-databases";

/** One database for the enclosing describe block, disposed after it; read it inside tests via the getter. */
export function useTestDatabase(mode: TestDatabaseMode): () => TestDatabase {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await openTestDatabase(mode);
  });
  afterAll(async () => {
    await db?.dispose();
  });
  return () => {
    if (!db) throw new Error("The test database is not open yet (use it inside a test or hook)");
    return db;
  };
}
