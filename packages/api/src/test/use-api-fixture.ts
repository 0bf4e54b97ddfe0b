import type { TestDatabaseMode } from "@antdash/db/testing";
import { afterAll, beforeAll } from "vitest";
import { type ApiFixture, type ApiFixtureOptions, openApiFixture } from "./api-fixture";

/**
 * One fixture for the enclosing describe block: opened before its tests, closed after them. The returned object is
 * filled in by beforeAll, so read it inside tests and hooks, not while the suite is being collected.
 */
export function useApiFixture(mode: TestDatabaseMode, options: ApiFixtureOptions = {}): ApiFixture {
  const fixture = {} as ApiFixture;
  beforeAll(async () => {
    Object.assign(fixture, await openApiFixture(mode, options));
  });
  afterAll(() => fixture.close());
  return fixture;
}
