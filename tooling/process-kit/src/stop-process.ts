import { type ChildProcess, spawn, type SpawnOptions } from "node:child_process";

/**
 * Spawns a command as the leader of a process group of its own, so stopProcess(child, { group: true }) reaches
 * what it starts in turn (`npx pnpm start` runs node, which runs Next and the simulator).
 */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  return spawn(command, args, { ...options, detached: true });
}

export interface StopOptions {
  /** SIGKILL after this long if SIGTERM did not end it. */
  graceMs?: number;
  /** Signal the child's whole process group (it must have been started by spawnGroup). */
  group?: boolean;
}

/** Asks a child to stop (SIGTERM), kills it after the grace period, and resolves once it has exited. */
export function stopProcess(child: ChildProcess, options: StopOptions = {}): Promise<void> {
  const { graceMs = 20_000, group = false } = options;
  return new Promise((resolve) => {
    if (hasExited(child)) return resolve();
    const killer = setTimeout(() => signalProcess(child, "SIGKILL", group), graceMs);
    killer.unref();
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    signalProcess(child, "SIGTERM", group);
  });
}

/** Sends a signal to the child, or to its whole group; a process (or group) that is already gone is fine. */
export function signalProcess(child: ChildProcess, signal: NodeJS.Signals, group = false): void {
  if (child.pid === undefined) return; // it never started
  try {
    if (group) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // ESRCH: every process of the group has exited
  }
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null || child.pid === undefined;
}
