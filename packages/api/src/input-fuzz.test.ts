// Property-based fuzzing of every procedure's input over the real router and a real database: arbitrary JSON values
// and near-valid mutations of a valid input either work or are refused with a 4xx code and a readable message,
// never INTERNAL_SERVER_ERROR (a crash, or an input the schemas let through to a place that cannot take it).
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALL_SORT_COLUMNS } from "./calls/list-calls";
import { encodeCursor } from "./cursor";
import { appRouter } from "./root";
import type { SyncController } from "./sync/sync-controller";
import { type ApiCaller, type ApiFixture, openApiFixture } from "./test/api-fixture";
import { probeReportHtml } from "./test/report-html-probe";
import { callProcedure, PROCEDURE_SAMPLES } from "./test/procedure-samples";

/** Backfills are accepted and dropped: the fuzzer must not start real syncs of random ranges. */
const idleSyncController: SyncController = {
  status: () => ({ running: null, incremental: false, lastError: null }),
  startBackfill: () => Promise.resolve(),
  subscribe: () => () => undefined,
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON-like values as a client could send them (Dates included: superjson carries them). */
function toJsonLike(value: unknown): Json {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonLike);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonLike(v)]));
  }
  return (value ?? null) as Json;
}

/** Odd values a client might send where a field is expected. */
const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom("", " ", "0", "-1", "NaN", "1e309", "2026-02-30", "9999-12-31T23:59:59Z", "\u0000", "%_\\"),
  fc.constantFrom(-1, 0, 1.5, -0, 2 ** 31, -(2 ** 31) - 1, 3e9, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308),
  fc.constantFrom(
    "-100000-01-01T00:00:00.000Z",
    "+275760-09-13T00:00:00.000Z",
    "0000-01-01T00:00:00Z",
    "\uD800",
  ),
  fc.string({ maxLength: 2000 }),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.string(), { maxLength: 50 }),
);

/** Every path (list of keys) to a value inside `value`, the root included. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  const paths = [prefix];
  if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) paths.push(...pathsOf(child, [...prefix, key]));
  }
  return paths;
}

type Mutation =
  { kind: "set"; value: unknown } | { kind: "delete" } | { kind: "extra"; key: string; value: unknown };

function mutate(value: unknown, path: readonly string[], mutation: Mutation): unknown {
  if (path.length === 0) {
    if (mutation.kind === "set") return mutation.value;
    if (mutation.kind === "delete") return undefined;
    return value && typeof value === "object" ? { ...value, [mutation.key]: mutation.value } : value;
  }
  const [key, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...(value as unknown[])] as unknown as Record<string, unknown>)
    : { ...(value as object) };
  const changed = mutate(copy[key], rest, mutation);
  if (changed === undefined && rest.length === 0 && mutation.kind === "delete") delete copy[key];
  else copy[key] = changed;
  return copy;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  oddValue.map((value) => ({ kind: "set" as const, value })),
  fc.constant({ kind: "delete" as const }),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 12 }), oddValue)
    .map(([key, value]) => ({ kind: "extra" as const, key, value })),
);

/** What a refusal must look like: a 4xx TRPCError with a message for people. */
function expectReadableRefusal(error: unknown, path: string, input: unknown): void {
  const shown = () => `${path}(${JSON.stringify(toJsonLike(input)).slice(0, 300)})`;
  if (!(error instanceof TRPCError)) throw new Error(`${shown()} threw a non-tRPC error: ${String(error)}`);
  const status = getHTTPStatusCodeFromError(error);
  if (status >= 500) {
    throw new Error(
      `${shown()} answered ${error.code} (${status}): ${error.message}\n${String(error.cause)}`,
    );
  }
  expect(error.message.trim().length).toBeGreaterThan(0);
  expect(error.message).not.toMatch(/^\s*[[{]/); // not zod's raw JSON
  expect(error.message).not.toMatch(/\bat .+\.[jt]s:\d+/); // no stack
}

const procedurePaths = Object.keys(appRouter._def.procedures).sort();
/** FUZZ_RUNS=10 tries ten times as many inputs (a longer hunt; the default keeps the suite quick). */
const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1));

describe.each(testDatabaseModes())("every procedure's input, fuzzed on %s", (mode) => {
  let f: ApiFixture;
  let api: ApiCaller;
  const samples = new Map<string, unknown>();

  beforeAll(async () => {
    f = await openApiFixture(mode, { historyDays: 3, callsPerDay: 30 });
    api = f.caller(f.users.admin, { syncController: idleSyncController, renderReportHtml: probeReportHtml });
    for (const path of procedurePaths) samples.set(path, await PROCEDURE_SAMPLES[path]?.input(f));
  });
  afterAll(() => f.close());

  async function call(path: string, input: unknown): Promise<void> {
    try {
      await callProcedure(api, path, input);
    } catch (error) {
      expectReadableRefusal(error, path, input);
    }
  }

  it.each(procedurePaths)("%s: arbitrary JSON values", async (path) => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), (input) => call(path, input)),
      { numRuns: 25 * RUNS },
    );
  });

  it.each(procedurePaths)("%s: near-valid mutations of a valid input", async (path) => {
    const sample = samples.get(path);
    const paths = pathsOf(sample);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), mutationArb, fc.boolean(), async (at, mutation, asJson) => {
        const base = asJson ? toJsonLike(sample) : sample;
        await call(path, mutate(base, at, mutation));
      }),
      { numRuns: 40 * RUNS },
    );
  });

  /** What a hand-made cursor may carry in each key: the types a real one holds, at and beyond their limits. */
  const cursorKey = fc.oneof(
    oddValue,
    fc.constantFrom(
      2 ** 31,
      2 ** 31 - 1,
      -(2 ** 31) - 1,
      "-100000-01-01T00:00:00.000Z",
      "99999999999999999999",
      "-1",
    ),
    fc.array(oddValue, { maxLength: 70 }),
  );

  it("calls.list: hand-made cursors for every sort, with hostile keys", async () => {
    const sample = samples.get("calls.list") as object;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CALL_SORT_COLUMNS),
        fc.constantFrom("asc" as const, "desc" as const),
        fc.array(cursorKey, { minLength: 3, maxLength: 3 }),
        async (column, direction, keys) => {
          const arity = column === "started_at" ? 2 : 3;
          const cursor = encodeCursor(`calls:${column}:${direction}`, keys.slice(0, arity) as never);
          await call("calls.list", { ...sample, sort: { column, direction }, cursor });
        },
      ),
      { numRuns: 60 * RUNS },
    );
  });

  it("admin.listAudit: hand-made cursors with hostile keys", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cursorKey, { minLength: 2, maxLength: 2 }), async (keys) => {
        await call("admin.listAudit", { limit: 5, before: encodeCursor("audit", keys as never) });
      }),
      { numRuns: 30 * RUNS },
    );
  });

  it("the inputs the review found answering 500", async () => {
    const sample = samples.get("calls.list") as { filter: object };
    const refusals = [
      { ...sample, filter: { ...sample.filter, minDurationSeconds: 3e9 } },
      { ...sample, cursor: encodeCursor("calls:started_at:desc", ["-100000-01-01T00:00:00.000Z", "1"]) },
      {
        ...sample,
        sort: { column: "duration_seconds", direction: "desc" },
        cursor: encodeCursor("calls:duration_seconds:desc", [2 ** 31, "2026-11-01T00:00:00.000Z", "1"]),
      },
    ];
    for (const input of refusals) {
      const error = await (api.calls.list as (input: unknown) => Promise<unknown>)(input).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
      expect((error as TRPCError).message).toMatch(/minDurationSeconds|cursor/);
    }
  });
});
