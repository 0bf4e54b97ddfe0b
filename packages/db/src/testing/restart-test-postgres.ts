import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { findPostgresBinDir, PostgresBinariesMissingError } from "./postgres-binaries";

/** "immediate" is a crash (no checkpoint, recovery on start); "fast" ends every session cleanly first. */
export type PostgresStopMode = "fast" | "immediate";

/** Stops and starts one local test server, to see how clients live through a database restart. */
export interface TestPostgresControl {
  stop(mode?: PostgresStopMode): Promise<void>;
  /** Starts it again with the same data directory, port and settings. */
  start(): Promise<void>;
  restart(mode?: PostgresStopMode): Promise<void>;
}

/**
 * Control over a server started by startTestPostgres, found through its superuser URL. Use a server of the test's
 * own: never the shared TEST_DATABASE_URL one, which other test files use at the same time. The data directory and
 * the settings given on the command line (port, socket directory, fsync...) are read from the server itself, so
 * `start` brings back the same server; as root, pg_ctl runs as the owner of the data directory.
 */
export async function controlTestPostgres(serverUrl: string): Promise<TestPostgresControl> {
  const binDir = findPostgresBinDir();
  if (binDir === null) throw new PostgresBinariesMissingError();
  const { dataDir, options } = await readServerSettings(serverUrl);
  const owner = await stat(dataDir);
  const runAs = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : undefined;
  // startTestPostgres logs beside the data directory; pg_ctl -l appends.
  const logFile = path.join(path.dirname(dataDir), "server.log");
  const pgCtl = (args: string[]) => runPgCtl(path.join(binDir, "pg_ctl"), ["-D", dataDir, ...args], runAs);
  const control: TestPostgresControl = {
    stop: (mode = "fast") => pgCtl(["-m", mode, "-w", "-t", "60", "stop"]),
    start: () => pgCtl(["-o", options, "-l", logFile, "-w", "-t", "60", "start"]),
    async restart(mode = "fast") {
      await control.stop(mode);
      await control.start();
    },
  };
  return control;
}

async function readServerSettings(serverUrl: string): Promise<{ dataDir: string; options: string }> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const dir = await client.query<{ setting: string }>(
      `SELECT setting FROM pg_settings WHERE name = 'data_directory'`,
    );
    // Exactly what was given with -o / -p / -k / -c when the server was started.
    const given = await client.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE source = 'command line' ORDER BY name`,
    );
    const dataDir = dir.rows[0]?.setting;
    if (dataDir === undefined)
      throw new Error("The server did not say where its data directory is (not a superuser?)");
    for (const { name, setting } of given.rows) {
      if (!/^[\w./:,=-]*$/.test(setting))
        throw new Error(`Cannot pass setting ${name} back to pg_ctl: ${setting}`);
    }
    return { dataDir, options: given.rows.map(({ name, setting }) => `-c ${name}=${setting}`).join(" ") };
  } finally {
    await client.end();
  }
}

function runPgCtl(
  file: string,
  args: string[],
  runAs: { uid: number; gid: number } | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // stdio ignored: a server started with -l writes to its log file, and a pipe would be held open by it.
    const child = spawn(file, args, { cwd: "/", stdio: ["ignore", "ignore", "pipe"], ...(runAs ?? {}) });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`pg_ctl ${args.at(-1)} failed (exit ${String(code)}): ${errors}`)),
    );
  });
}
