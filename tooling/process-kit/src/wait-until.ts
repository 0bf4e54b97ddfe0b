import { setTimeout as sleep } from "node:timers/promises";

export interface WaitUntilOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** An error for which waiting longer cannot help (the process being waited for exited): rethrown at once. */
  isFatal?: (error: unknown) => boolean;
}

/**
 * Tries `attempt` until it returns a value (undefined means "not yet"); an error thrown by an attempt counts as
 * "not yet" too and is quoted if time runs out.
 */
export async function waitUntil<T>(
  what: string,
  attempt: () => Promise<T | undefined>,
  options: WaitUntilOptions,
): Promise<T> {
  const { timeoutMs, intervalMs = 1_000, isFatal = () => false } = options;
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      if (isFatal(error)) throw error;
      last = error;
    }
    if (Date.now() >= deadline) break;
    await sleep(intervalMs);
  }
  const cause =
    last === undefined ? "" : ` (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`;
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s${cause}`);
}
