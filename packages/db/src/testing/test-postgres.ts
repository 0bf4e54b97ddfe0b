import { freePort, runCommand } from "@antdash/process-kit";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chown, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { findPostgresBinDir, PostgresBinariesMissingError } from "./postgres-binaries";
import { readTestEnv } from "../env";

export interface TestPostgres {
  /** Superuser URL of the server's `postgres` database. */
  url: string;
  /** Creates a fresh empty database and returns its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts a throwaway PostgreSQL server from apt's binaries (/usr/lib/postgresql/<v>/bin or PG_BIN_DIR) in a temp
 * dir on a free loopback port, tuned for tests (no fsync). As root, initdb and the server run as the `postgres`
 * user (they refuse root). Returns null when no binaries are installed, unless CI=true (then it throws).
 * A detached reaper stops the server and deletes its directory if this process dies without calling stop().
 */
export async function startTestPostgres(): Promise<TestPostgres | null> {
  const binDir = findPostgresBinDir();
  if (binDir === null) {
    if (readTestEnv().ci) throw new PostgresBinariesMissingError();
    return null;
  }
  const runAs = process.getuid?.() === 0 ? await postgresUser() : undefined;
  const root = await mkdtemp(path.join(tmpdir(), "antdash-test-pg-"));
  if (runAs) await chown(root, runAs.uid, runAs.gid);
  const dataDir = path.join(root, "data");
  // cwd = root: the postgres user may not be allowed into the caller's cwd.
  const run = async (command: string, args: string[]) => {
    await runCommand(path.join(binDir, command), args, { cwd: root, output: "all", ...(runAs ?? {}) });
  };
  try {
    await run("initdb", [
      "-D",
      dataDir,
      "-A",
      "trust",
      "-U",
      "postgres",
      "--no-sync",
      "-E",
      "UTF8",
      "--locale=C",
    ]);
    const port = await startOnFreePort(run, dataDir, root);
    reapWhenProcessDies(path.join(binDir, "pg_ctl"), dataDir, root, runAs);
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    let stopped = false;
    return {
      url,
      createDatabase: () => createEmptyDatabase(url),
      async stop() {
        if (stopped) return;
        stopped = true;
        await run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await run("pg_ctl", ["-D", dataDir, "-m", "immediate", "stop"]).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

/** A new empty database on the server at `adminUrl` (a superuser URL); returns its URL. */
export async function createEmptyDatabase(adminUrl: string, template?: string): Promise<string> {
  const name = `test_${process.pid}_${randomBytes(6).toString("hex")}`;
  await withClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE "${name}"${template === undefined ? "" : ` TEMPLATE "${template}"`}`),
  );
  return databaseUrl(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

type Run = (command: string, args: string[]) => Promise<void>;

/** Picks a free port and starts on it; retried because another process may grab the port in between. */
async function startOnFreePort(run: Run, dataDir: string, root: string): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${root}`,
      "-c listen_addresses=127.0.0.1",
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=200",
    ].join(" ");
    try {
      await run("pg_ctl", [
        "-D",
        dataDir,
        "-o",
        options,
        "-l",
        path.join(root, "server.log"),
        "-w",
        "-t",
        "60",
        "start",
      ]);
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

interface RunAs {
  uid: number;
  gid: number;
}

async function postgresUser(): Promise<RunAs> {
  const passwd = await readFile("/etc/passwd", "utf8");
  const fields = passwd
    .split("\n")
    .map((line) => line.split(":"))
    .find((entry) => entry[0] === "postgres");
  if (!fields) throw new Error("Running as root but there is no `postgres` user to run PostgreSQL as");
  return { uid: Number(fields[2]), gid: Number(fields[3]) };
}

/** A detached shell that outlives us: once our pid is gone, it stops the server and removes its directory. */
function reapWhenProcessDies(pgCtl: string, dataDir: string, root: string, runAs: RunAs | undefined): void {
  const script =
    `while [ -d /proc/${process.pid} ]; do sleep 1; done; ` +
    `"${pgCtl}" -D "${dataDir}" -m immediate stop >/dev/null 2>&1; rm -rf "${root}"`;
  const reaper = spawn("/bin/sh", ["-c", script], {
    cwd: "/",
    detached: true,
    stdio: "ignore",
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
  });
  reaper.unref();
}
