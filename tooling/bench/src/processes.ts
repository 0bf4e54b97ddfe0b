import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

export const REPO_ROOT = new URL("../../../", import.meta.url).pathname;

/** Starts the simulator CLI in its own process (like a remote AntRing) and resolves with its URL. */
export async function startSimulatorProcess(args: string[], env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "packages/antring-simulator/src/main.ts", ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`simulator exited with ${code}`)));
    lines.on("line", (line) => {
      const m = /listening on (http:\/\/\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
  });
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

/** Runs a TypeScript file in a child process and parses the JSON line it prints last. */
export async function runJsonChild<T>(file: string, args: string[]): Promise<T> {
  const child = spawn(process.execPath, ["--import", "tsx", file, ...args], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((r) => child.once("exit", r));
  if (code !== 0) throw new Error(`${file} exited with ${code}`);
  return JSON.parse(out.trim().split("\n").pop()!) as T;
}
