import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { backfillNormalizedNumbers } from "../calls/backfill-normalized-numbers";
import { ensureMigrated } from "../migrate/migrate-database";
import { assertTimeZone, DEFAULT_DATA_DIR, DEFAULT_TIME_ZONE, type DatabaseConfig } from "./config";
import { openEmbeddedServer, type EmbeddedServer } from "./embedded-server";

export interface Database {
  /** The generated client, on the pg adapter and sharing `pool`. */
  prisma: PrismaClient;
  /** Raw pool for set-based SQL on hot paths. */
  pool: pg.Pool;
  /** A postgres:// URL another process can use (embedded: 127.0.0.1:<port>). May hold a password: never log it. */
  url: string;
  mode: "embedded" | "postgres";
  timeZone: string;
  /** Closes the pool, and in the process that owns an embedded directory the socket server and PGlite. */
  close(): Promise<void>;
}

/**
 * Pool size per process. Embedded: ONE connection. PGlite runs one query at a time anyway, and pglite-socket
 * multiplexes its connections message by message: two connections sending extended-protocol queries at once get
 * each other's Parse/Bind interleaved ("bind message supplies 22 parameters, but prepared statement requires 1").
 * A single connection makes pg queue whole queries in this process; for other processes attached to the same
 * server, patches/@electric-sql__pglite-socket*.patch keeps the server with one connection until its Sync.
 */
const POOL_SIZE = { embedded: 1, postgres: 10 } as const;

/** Opens the cache: embedded PGlite under dataDir, or PostgreSQL when databaseUrl is set. Applies migrations. */
export async function openDatabase(config: DatabaseConfig = {}): Promise<Database> {
  const timeZone = config.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(timeZone);
  const mode = config.databaseUrl === undefined ? "embedded" : "postgres";
  const embedded: EmbeddedServer | null =
    mode === "embedded"
      ? await openEmbeddedServer(path.resolve(/* turbopackIgnore: true */ config.dataDir ?? DEFAULT_DATA_DIR))
      : null;
  const url: string = embedded?.url ?? (config.databaseUrl as string);
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE[mode],
    // PostgreSQL compiles a statement with JIT once its estimated cost passes jit_above_cost: a dashboard query over
    // some 100k raw calls (a number search) then spent ~370 of its ~580 ms compiling (EXPLAIN ANALYZE, 1M calls).
    // And an overview sends its statements at once, each of which would start parallel workers on a machine that
    // has two cores for them all: without workers the number search took ~190 ms instead of ~320, the plain
    // GROUP BY over 30 days ~300 instead of ~460 (1M calls, 2 cores). Our statements are short and many; neither
    // helps them. An `options` parameter in DATABASE_URL still wins.
    ...(mode === "postgres" ? { options: "-c jit=off -c max_parallel_workers_per_gather=0" } : {}),
  });
  // An idle client's connection error (server restarted, owner gone) must not crash the process; the next query
  // reports it.
  pool.on("error", () => undefined);
  try {
    if (config.migrate !== false) await ensureMigrated(pool, url);
    // Other processes attach only once the owner is migrated, so they never race it to apply migrations.
    await embedded?.publish();
  } catch (error) {
    await pool.end().catch(() => undefined);
    await embedded?.close().catch(() => undefined);
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  let closing: Promise<void> | null = null;
  const db: Database = {
    prisma,
    pool,
    url,
    mode,
    timeZone,
    close() {
      closing ??= (async () => {
        await prisma.$disconnect();
        await pool.end();
        await embedded?.close();
      })();
      return closing;
    },
  };
  // Calls cached before the customer-number columns existed get them now (and their call-back cases).
  if (config.migrate !== false) await backfillNormalizedNumbers(db);
  return db;
}
