import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PACKAGE_DIR = path.resolve(HERE, "../..");

export interface OwnerProcess {
  child: ChildProcess;
  /** The socket server's URL the owner serves the directory on. */
  url: string;
  /** SIGKILL: no chance to close PGlite or remove its owner file. */
  kill(): Promise<void>;
}

/** Starts embedded-owner.ts in its own Node process and waits until it serves `dataDir`. */
export async function startOwnerProcess(dataDir: string): Promise<OwnerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(HERE, "embedded-owner.ts"), dataDir], {
    cwd: PACKAGE_DIR,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split("\n").find((l) => l.startsWith("{") && l.endsWith("}"));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once("exit", (code) =>
      reject(new Error(`the owner process exited (${String(code)}) before serving:\n${stderr}`)),
    );
  });
  return {
    child,
    url,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}
