// Shared setup for the HTTP tests: a real simulator on loopback with a frozen clock
// (so the dataset is fixed) and helpers to compare what the client got with it.
import { inspect } from "node:util";
import { type RunningSimulator, type SimulatorOptions, startSimulator } from "@antdash/antring-simulator";
import { afterAll, beforeAll, expect } from "vitest";
import { AntringClient } from "../client";
import type { AntringClientOptions } from "../client-options";

/** Frozen "now": Saturday 2024-06-01 12:00 UTC. */
export const NOW = Date.UTC(2024, 5, 1, 12, 0, 0);
export const DAY = 86_400_000;
/** Long enough that a leak is unmistakable in a text search. */
export const SECRET = "s3cret-never-in-logs-7f41";

export function startFrozenSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  return startSimulator({ now: () => NOW, callsPerDay: 40, historyDays: 90, appSecret: SECRET, ...options });
}

/** One frozen simulator for the enclosing file or describe block, closed after it; read it in tests via the getter. */
export function useFrozenSimulator(): () => RunningSimulator {
  let sim: RunningSimulator | undefined;
  beforeAll(async () => {
    sim = await startFrozenSimulator();
  });
  afterAll(async () => {
    await sim?.close();
  });
  return () => {
    if (!sim) throw new Error("The simulator is not started yet (use it inside a test or hook)");
    return sim;
  };
}

/** A client for `sim` with fast retries, so fault tests stay quick. */
export function clientFor(
  sim: RunningSimulator,
  overrides: Partial<AntringClientOptions> = {},
): AntringClient {
  return new AntringClient({
    baseUrl: sim.url,
    appId: sim.appId,
    appSecret: sim.appSecret,
    retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 20 },
    ...overrides,
  });
}

/** JSON with sorted keys, so records compare regardless of key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** A multiset as a sorted list of canonical keys: equal lists mean the same records, same counts. */
export function multiset(records: readonly unknown[], key: (r: unknown) => string = canonical): string[] {
  return records.map(key).sort();
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** Runs `action` and returns what it threw; fails the test when it did not throw. */
export async function caught(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

/**
 * Asserts that nothing secret can leak through `error`: every rendering of it (message,
 * stack, JSON, util.inspect with causes) is searched for the secret, any SHA-256 hex digest,
 * and the parts of a signed URL or a signed query.
 */
export function expectRedacted(error: unknown, extraSecrets: string[] = []): void {
  const renderings = [
    String(error),
    (error as Error).stack ?? "",
    JSON.stringify(error) ?? "",
    inspect(error, { depth: 8, showHidden: true }),
  ].join("\n");
  for (const secret of [SECRET, ...extraSecrets]) expect(renderings).not.toContain(secret);
  expect(renderings).not.toMatch(/[0-9a-f]{64}/i);
  expect(renderings).not.toMatch(/hash=|Signature=|AWSAccessKeyId|nkrecord/);
}
