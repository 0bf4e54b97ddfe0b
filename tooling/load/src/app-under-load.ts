import { freePort, spawnGroup, stopProcess, waitUntil } from "@antdash/process-kit";
import { mkdtempSync, rmSync } from "node:fs";
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
  const child = spawnGroup("npx", ["-y", "pnpm@12", "start"], {
    cwd: REPO,
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
    await stopProcess(child, { group: true });
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntil(
      "the app answering",
      async () => {
        if (child.exitCode !== null) throw new AppExitedError(child.exitCode);
        return (await fetch(`${base}/sign-in`)).ok || undefined;
      },
      { timeoutMs: 600_000, isFatal: (error) => error instanceof AppExitedError },
    );
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
