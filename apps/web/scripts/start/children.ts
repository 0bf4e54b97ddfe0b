import { stopProcess } from "@antdash/process-kit";
import { type ChildProcess, spawn } from "node:child_process";

export interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

/** Starts a child that shares our terminal output (stdin ignored, so Ctrl-C reaches us, not a prompt). */
export function startChild(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; captureStdout?: boolean },
): Child {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", options.captureStdout ? "pipe" : "inherit", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : null)));
    child.once("error", () => resolve(1));
  });
  return { name, process: child, exited };
}

/** Runs a command to completion, listed in `running` meanwhile (so a stop request reaches it); rejects on failure. */
export async function run(
  running: Child[],
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<void> {
  const child = startChild(name, command, args, options);
  running.push(child);
  const code = await child.exited;
  running.splice(running.indexOf(child), 1);
  if (code !== 0) throw new Error(`${name} failed (exit code ${code})`);
}

/** Asks every child to stop (SIGTERM), and kills the ones still running after `graceMs`. */
export async function stopAll(children: Child[], graceMs = 15_000): Promise<void> {
  await Promise.all(children.map((child) => stopProcess(child.process, { graceMs })));
  await Promise.all(children.map((child) => child.exited));
}
