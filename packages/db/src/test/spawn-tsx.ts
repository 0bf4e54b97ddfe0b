import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PACKAGE_DIR } from "../migrate/migration-files";

const TSX = path.join(PACKAGE_DIR, "node_modules/.bin/tsx");

/** Runs a TypeScript script in a separate Node process (a second "app" touching the same database). */
export function spawnTsx(script: string, args: string[]): ChildProcess {
  return spawn(TSX, [script, ...args], { cwd: PACKAGE_DIR, stdio: ["ignore", "pipe", "pipe"] });
}

/** Resolves with the first stdout line that parses as JSON (the child's report), rejects if it exits first. */
export function firstJsonLine<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      for (const line of stdout.split("\n")) {
        if (!line.startsWith("{")) continue;
        try {
          resolve(JSON.parse(line) as T);
        } catch {
          // an incomplete line: wait for more
        }
      }
    });
    child.on("exit", (code) =>
      reject(new Error(`child exited (${String(code)}) before reporting:\n${stderr}`)),
    );
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.on("exit", (code) => resolve(code)));
}
