// Helpers for the CLI's tests: run `pnpm cli` as a user would (a child process), against a database of its own.
import type { RunningSimulator } from "@antdash/antring-simulator";
import { testDatabaseConfig, type TestDatabaseMode } from "@antdash/db/testing";
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const MAIN = join(import.meta.dirname, "..", "main.ts");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `args`; `onStderr` sees each stderr line (and may kill the process), `stdin` is piped in. */
export function runCli(
  args: string[],
  env: Record<string, string>,
  options: { stdin?: string; onStderr?: (line: string, kill: () => void) => void } = {},
) {
  return new Promise<CliResult>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...args], {
      env: { ...process.env, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      for (const line of d.toString().split("\n"))
        if (line) options.onStderr?.(line, () => child.kill("SIGKILL"));
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

/** A migrated, empty database of its own and the environment the CLI opens it with (as a user's would). */
export async function cliTestEnvironment(mode: TestDatabaseMode, sim: RunningSimulator) {
  const target = await testDatabaseConfig(mode, { migrated: true });
  const embedded = "dataDir" in target.config;
  const dataDir = embedded
    ? (target.config as { dataDir: string }).dataDir
    : await mkdtemp(join(tmpdir(), "antdash-cli-"));
  const env: Record<string, string> = {
    ANTRING_BASE_URL: sim.url,
    ANTRING_APP_ID: sim.appId,
    ANTRING_APP_SECRET: sim.appSecret,
    DATA_DIR: dataDir,
    TZ: "Asia/Ho_Chi_Minh",
    DATABASE_URL: embedded ? "" : (target.config as { databaseUrl: string }).databaseUrl,
  };
  return {
    env,
    dataDir,
    databaseConfig: target.config,
    remove: async () => {
      await target.remove();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
