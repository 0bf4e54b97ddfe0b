// Prisma CLI configuration. Prisma 6.19.3 with the JavaScript schema engine and a driver adapter is the setup
// that runs fully offline here (Prisma 7's CLI downloads a native engine). DATABASE_URL must be set, even to a
// placeholder for `prisma generate`, or the CLI tries to download an engine. Paths are relative to this file's
// directory; src/migrate/migrate-database.ts runs the CLI with this package as its cwd.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // allowExitOnIdle: the CLI never closes its pool; without it every command lingers for pg's 10 s idle timeout.
  adapter: async () =>
    new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "", allowExitOnIdle: true }),
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
