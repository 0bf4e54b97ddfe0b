import { afterEach, describe, expect, it } from "vitest";
import { isFullyMigrated } from "../migrate/migrate-database";
import { migrationNames } from "../migrate/migration-files";
import { testDatabaseConfig, testDatabaseModes } from "../testing/test-databases";
import { openDatabase, type Database } from "./open-database";
import { InvalidTimeZoneError } from "./errors";

describe.each(testDatabaseModes())("openDatabase on %s", (mode) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  async function freshDatabase(migrated: boolean) {
    const fresh = await testDatabaseConfig(mode, { migrated });
    cleanups.push(fresh.remove);
    return fresh.config;
  }
  async function open(config: Parameters<typeof openDatabase>[0]): Promise<Database> {
    const db = await openDatabase(config);
    cleanups.push(() => db.close());
    return db;
  }
  const appliedMigrations = async (db: Database) =>
    (
      await db.pool.query<{ migration_name: string; finished_at: Date | null }>(
        `SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`,
      )
    ).rows;

  it("applies every migration to an empty database (unless told not to), and re-opening changes nothing", async () => {
    const config = await freshDatabase(false);
    const unmigrated = await open({ ...config, migrate: false });
    expect(await isFullyMigrated(unmigrated.pool)).toBe(false);
    await unmigrated.close();

    const first = await open(config);
    expect(first.mode).toBe(mode);
    const applied = await appliedMigrations(first);
    expect(applied.map((row) => row.migration_name)).toEqual(await migrationNames());
    const tables = await first.pool.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["calls", "quarantined_records", "sync_locks", "sync_runs", "sync_windows"]),
    );
    await first.prisma.syncLock.create({ data: { name: "kept", owner: "me", expiresAt: new Date() } });
    await first.close();

    const again = await open(config);
    expect(await appliedMigrations(again)).toEqual(applied);
    expect(await again.prisma.syncLock.count()).toBe(1);
  });

  // The embedded database (PGlite) has no JIT at all.
  it.skipIf(mode !== "postgres")(
    "never JIT-compiles its statements on PostgreSQL nor starts parallel workers for them, on any connection",
    async () => {
      const db = await open(await freshDatabase(true));
      const clients = await Promise.all([db.pool.connect(), db.pool.connect()]);
      try {
        for (const client of clients) {
          const { rows } = await client.query<{ jit: string }>("SHOW jit");
          expect(rows[0]!.jit).toBe("off");
          const workers = await client.query<{ max_parallel_workers_per_gather: string }>(
            "SHOW max_parallel_workers_per_gather",
          );
          expect(workers.rows[0]!.max_parallel_workers_per_gather).toBe("0");
        }
      } finally {
        for (const client of clients) client.release();
      }
    },
  );

  it("closes idempotently", async () => {
    const db = await open(await freshDatabase(true));
    await Promise.all([db.close(), db.close()]);
    await expect(db.pool.query("SELECT 1")).rejects.toThrow();
  });
});

describe("openDatabase", () => {
  it("refuses an unknown time zone before connecting to anything", async () => {
    const unreachable = { databaseUrl: "postgresql://nobody@127.0.0.1:9/none", timeZone: "Mars/Olympus" };
    await expect(openDatabase(unreachable)).rejects.toBeInstanceOf(InvalidTimeZoneError);
  });
});
