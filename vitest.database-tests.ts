// The vitest settings shared by the packages whose tests run against one PostgreSQL server per test run (started
// by each package's vitest.global-setup.ts): db, sync, api and the CLI. Imported by a relative path, as the
// packages extend ../../tsconfig.base.json: vitest bundles a config's relative imports into it, whereas it leaves a
// workspace package's import to Node, which cannot load TypeScript on Node 20 (the oldest the engines allow).
import { defineConfig } from "vitest/config";

/** `testTimeout`: how long the package's slowest test may take; hooks (databases opened and seeded) get 2 minutes. */
export function databaseTestsConfig({ testTimeout }: { testTimeout: number }) {
  return defineConfig({
    test: {
      include: ["src/**/*.test.ts"],
      globalSetup: ["./vitest.global-setup.ts"],
      testTimeout,
      hookTimeout: 120_000,
    },
  });
}
