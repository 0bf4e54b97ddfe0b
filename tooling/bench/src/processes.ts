import { runCommand, stopProcess } from "@antdash/process-kit";
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
  return { url, stop: () => stopProcess(child) };
}

/** Runs a TypeScript file in a child process and parses the JSON line it prints last. */
export async function runJsonChild<T>(file: string, args: string[]): Promise<T> {
  const out = await runCommand(process.execPath, ["--import", "tsx", file, ...args], {
    cwd: REPO_ROOT,
    output: "stdout",
  });
  return JSON.parse(out.trim().split("\n").pop()!) as T;
}
