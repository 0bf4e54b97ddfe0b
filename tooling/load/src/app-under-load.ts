import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { inheritedEnv } from "./env";

const REPO = path.resolve(import.meta.dirname, "../../..");

export interface RunningApp {
  base: string;
  stop(): Promise<void>;
}

/**
 * The dashboard started as the README says (`pnpm start`, building if stale) in demo mode — the simulator beside
 * it, a throwaway embedded database, or PostgreSQL when `databaseUrl` is given.
 */
export async function startApp(options: {
  databaseUrl?: string;
  demoDays: number;
  /** Extra options for the demo's simulator (DEMO_SIMULATOR_ARGS). */
  simulatorArgs?: string;
}): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "antdash-load-"));
  const child = spawn("npx", ["-y", "pnpm@12", "start"], {
    cwd: REPO,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...inheritedEnv(),
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SIMULATOR_PORT: "0",
      ANTRING_APP_ID: "",
      ANTRING_APP_SECRET: "",
      ADMIN_EMAIL: "",
      ADMIN_PASSWORD: "",
      DATABASE_URL: options.databaseUrl ?? "",
      DEMO_DAYS: String(options.demoDays),
      DEMO_SIMULATOR_ARGS: options.simulatorArgs ?? "",
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopGroup(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(600_000, async () => {
      if (child.exitCode !== null) throw new AppExitedError(child.exitCode);
      return (await fetch(`${base}/sign-in`)).ok;
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

class AppExitedError extends Error {
  override readonly name = "AppExitedError";
  constructor(code: number) {
    super(`pnpm start exited with ${code} before answering (its output is above)`);
  }
}

async function waitFor(timeoutMs: number, ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answered = await ready().catch((error: unknown) => {
      if (error instanceof AppExitedError) throw error;
      return false;
    });
    if (answered) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`the app did not answer within ${timeoutMs / 1000} s`);
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    signalGroup(child, "SIGTERM");
    setTimeout(() => signalGroup(child, "SIGKILL"), 20_000).unref();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Signals the app's whole process group; a group that is already gone is fine. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // ESRCH: every process of the group has exited
  }
}
