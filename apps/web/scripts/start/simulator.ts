import path from "node:path";
import { createInterface } from "node:readline";
import { type Child, startChild } from "./children";
import { isPortFree } from "./network";
import { binary, REPO_DIR } from "./paths";

export const DEMO_APP_ID = "demo-app";
export const DEMO_APP_SECRET = "demo-secret";

/**
 * Starts the AntRing simulator as a child on `preferredPort` (or any free port when that one is taken) and
 * resolves with its base URL once it listens.
 */
export async function startSimulator(
  preferredPort: number,
  env: NodeJS.ProcessEnv,
): Promise<{ child: Child; baseUrl: string }> {
  // Extra simulator options for a demo (the load harness asks for more history, to backfill under load).
  const extraArgs = env.DEMO_SIMULATOR_ARGS?.trim().split(/\s+/) ?? [];
  const port = (await isPortFree(preferredPort)) ? preferredPort : 0;
  const child = startChild(
    "simulator",
    binary("tsx"),
    [path.join(REPO_DIR, "packages/antring-simulator/src/main.ts"), "--port", String(port), ...extraArgs],
    {
      cwd: REPO_DIR,
      env: { ...env, ANTRING_APP_ID: DEMO_APP_ID, ANTRING_APP_SECRET: DEMO_APP_SECRET },
      captureStdout: true,
    },
  );
  const stdout = child.process.stdout;
  if (!stdout) throw new Error("simulator has no output");
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: stdout });
    lines.on("line", (line) => {
      process.stdout.write(`[simulator] ${line}\n`);
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (url) resolve(url);
    });
    void child.exited.then((code) =>
      reject(new Error(`the simulator exited (code ${code}) before listening`)),
    );
  });
  return { child, baseUrl };
}
