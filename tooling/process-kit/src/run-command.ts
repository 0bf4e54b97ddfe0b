import { spawn, type SpawnOptions } from "node:child_process";
import path from "node:path";

export interface RunCommandOptions extends Omit<SpawnOptions, "stdio"> {
  /**
   * "inherit" (default): the command writes to our terminal. "stdout": its stdout is returned, stderr is ours.
   * "all": stdout and stderr are returned together, and quoted in the error when it fails.
   */
  output?: "inherit" | "stdout" | "all";
}

/** Runs a command to completion; resolves with what it captured, rejects when it exits non-zero or cannot start. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunCommandOptions = {},
): Promise<string> {
  const { output = "inherit", ...spawnOptions } = options;
  const stdio: SpawnOptions["stdio"] =
    output === "inherit"
      ? ["ignore", "inherit", "inherit"]
      : ["ignore", "pipe", output === "all" ? "pipe" : "inherit"];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...spawnOptions, stdio });
    let captured = "";
    child.stdout?.on("data", (chunk: Buffer) => (captured += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (captured += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code, signal) => {
      if (code === 0) return resolve(captured);
      const how = signal ? `signal ${signal}` : `exit ${String(code)}`;
      const quoted = output === "all" && captured ? `:\n${captured}` : "";
      reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${how})${quoted}`));
    });
  });
}
