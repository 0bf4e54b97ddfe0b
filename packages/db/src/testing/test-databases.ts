import { existsSync } from "node:fs";
import { cp, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readTestEnv } from "../env";
import { openDatabase, type Database } from "../database/open-database";
import { embeddedPaths } from "../database/embedded-server";
import { migrateDatabase } from "../migrate/migrate-database";
import { migrationNames, MIGRATIONS_DIR } from "../migrate/migration-files";
import { sha256Hex } from "../util/sha256";
import packageJson from "../../package.json" with { type: "json" };
import { postgresTestsAvailable } from "./postgres-binaries";
import {
  createEmptyDatabase,
  databaseUrl,
  dropDatabase,
  startTestPostgres,
  withClient,
} from "./test-postgres";

const PGLITE_VERSION = packageJson.dependencies["@electric-sql/pglite"];

export type TestDatabaseMode = "embedded" | "postgres";
export type TestDatabase = Database & { dispose(): Promise<void> };

/**
 * The modes a database test should run in: always "embedded", plus "postgres" when a server is available
 * (TEST_DATABASE_URL, or PostgreSQL binaries to start one). Under CI=true missing binaries throw.
 */
export function testDatabaseModes(): TestDatabaseMode[] {
  return postgresTestsAvailable() ? ["embedded", "postgres"] : ["embedded"];
}

/**
 * A fresh, migrated database of its own. Embedded: a new temp DATA_DIR (a copy of a migrated template). Postgres:
 * a new database cloned from a migrated template database, on the server at TEST_DATABASE_URL or on a server
 * started once per process. dispose() closes it and deletes it.
 */
export async function openTestDatabase(mode: TestDatabaseMode): Promise<TestDatabase> {
  const { config, remove } = await testDatabaseConfig(mode, { migrated: true });
  const db = await openDatabase(config).catch(async (error: unknown) => {
    await remove();
    throw error;
  });
  return withDispose(db, remove);
}

/**
 * Where a fresh test database lives, without opening it: migrated (cloned from a template) or entirely empty
 * (to test migrating). remove() deletes it; close any Database opened on it first.
 */
export async function testDatabaseConfig(
  mode: TestDatabaseMode,
  opts: { migrated: boolean },
): Promise<{ config: { dataDir: string } | { databaseUrl: string }; remove: () => Promise<void> }> {
  if (mode === "embedded") {
    const dataDir = await mkdtemp(path.join(tmpdir(), "antdash-test-db-"));
    if (opts.migrated)
      await cp(await embeddedTemplate(), embeddedPaths(dataDir).pgliteDir, { recursive: true });
    return { config: { dataDir }, remove: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const server = await testServerUrl();
  const databaseUrl = await createEmptyDatabase(
    server,
    opts.migrated ? await postgresTemplate(server) : undefined,
  );
  return { config: { databaseUrl }, remove: () => dropDatabase(server, databaseUrl) };
}

function withDispose(db: Database, remove: () => Promise<void>): TestDatabase {
  let disposing: Promise<void> | null = null;
  return Object.assign(db, {
    dispose() {
      disposing ??= db.close().finally(remove);
      return disposing;
    },
  });
}

// Once per process ---------------------------------------------------------------------------------------------

let embeddedTemplateDir: Promise<string> | null = null;

/**
 * A PGlite directory with every migration applied, copied for each test database (a copy takes ~0.3 s; creating and
 * migrating one takes ~9 s). Cached in the temp dir under a hash of the migrations and the PGlite version, so test
 * processes and later runs share it; built in a private directory and renamed into place, so readers never see a
 * half-built one.
 */
function embeddedTemplate(): Promise<string> {
  embeddedTemplateDir ??= (async () => {
    const dir = path.join(tmpdir(), `antdash-pglite-template-${await templateKey()}`);
    const ready = path.join(dir, "ready");
    if (!existsSync(ready)) {
      const building = await mkdtemp(path.join(tmpdir(), "antdash-pglite-building-"));
      const db = await openDatabase({ dataDir: building });
      await db.close();
      await writeFile(path.join(building, "ready"), "");
      await rename(building, dir).catch(async () => {
        // Another process finished first: use theirs.
        await rm(building, { recursive: true, force: true });
      });
      await removeOldTemplates(dir);
    }
    return embeddedPaths(dir).pgliteDir;
  })();
  return embeddedTemplateDir;
}

/** Templates of other migration sets built over a day ago (a recent one may be in use by another checkout). */
async function removeOldTemplates(current: string): Promise<void> {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of await readdir(tmpdir())) {
    const dir = path.join(tmpdir(), name);
    if (!name.startsWith("antdash-pglite-template-") || dir === current) continue;
    const info = await stat(dir).catch(() => null);
    if (info && info.mtimeMs < dayAgo) await rm(dir, { recursive: true, force: true });
  }
}

async function templateKey(): Promise<string> {
  const parts = [`pglite ${PGLITE_VERSION}`];
  for (const name of await migrationNames()) {
    parts.push(name, await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8"));
  }
  return sha256Hex(parts.join("\n")).slice(0, 16);
}

let server: Promise<string> | null = null;

/** TEST_DATABASE_URL (set by postgresGlobalSetup or by hand), else a server started for this process. */
function testServerUrl(): Promise<string> {
  server ??= (async () => {
    const fromEnv = readTestEnv().testDatabaseUrl;
    if (fromEnv !== undefined) return fromEnv;
    const started = await startTestPostgres();
    if (started === null)
      throw new Error("PostgreSQL tests requested but no PostgreSQL binaries are installed");
    // Its reaper stops it when this process exits (see startTestPostgres).
    return started.url;
  })();
  return server;
}

const templates = new Map<string, Promise<string>>();

/**
 * A migrated database to clone (CREATE DATABASE ... TEMPLATE), far faster than migrating each test database. Named
 * after the migrations' hash and shared by every process using the server: the first builds it, the others wait
 * until it is flagged as a template (the flag is set only once it is fully migrated).
 */
function postgresTemplate(serverUrl: string): Promise<string> {
  let template = templates.get(serverUrl);
  if (template === undefined) {
    template = (async () => {
      const name = `antdash_template_${await templateKey()}`;
      if (await isTemplateReady(serverUrl, name)) return name;
      try {
        await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
      } catch (error) {
        if ((error as { code?: string }).code !== "42P04") throw error; // 42P04: another process is building it
        await waitForTemplate(serverUrl, name);
        return name;
      }
      await migrateDatabase(databaseUrl(serverUrl, name));
      await withClient(serverUrl, (client) => client.query(`ALTER DATABASE "${name}" IS_TEMPLATE true`));
      return name;
    })();
    templates.set(serverUrl, template);
  }
  return template;
}

async function isTemplateReady(serverUrl: string, name: string): Promise<boolean> {
  const result = await withClient(serverUrl, (client) =>
    client.query<{ ready: boolean }>(`SELECT datistemplate AS ready FROM pg_database WHERE datname = $1`, [
      name,
    ]),
  );
  return result.rows[0]?.ready === true;
}

async function waitForTemplate(serverUrl: string, name: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (await isTemplateReady(serverUrl, name)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Template database ${name} was never finished (a test process died building it?): drop it`);
}
