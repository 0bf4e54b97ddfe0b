import type { Database } from "@antdash/db";
import { readCacheEnabled } from "../env";
import { middleware } from "../trpc";
import { normalizedKey } from "./cache-key";
import { markShared } from "./serialized-once";
import { dataScopeOf } from "./data-scope";
import type { DataVersions } from "./data-versions";
import { SharedResults } from "./shared-results";

/** Enough for every dashboard view and call-list page a center has open at once, a few hundred KB each at most. */
const MAX_ENTRIES = 500;
/** Entries of an old data version are never hit again; the age only lets them go before the LRU pushes them out. */
const MAX_AGE_MS = 10 * 60_000;

type Answer = { ok: boolean };
const perDatabase = new WeakMap<Database, SharedResults<Answer>>();

function resultsOf(db: Database): SharedResults<Answer> {
  let results = perDatabase.get(db);
  if (!results) {
    results = new SharedResults<Answer>({ maxEntries: MAX_ENTRIES, maxAgeMs: MAX_AGE_MS });
    perDatabase.set(db, results);
  }
  return results;
}

/**
 * Read-only queries whose answer depends only on their input, the caller's data scope, the settings and the cached
 * calls: one answer per (procedure, normalized input, scope, zone, KPI settings, settings version, calls version),
 * shared by every caller, and identical questions in flight run once. Placed after `.input()` (the key is the
 * parsed input) and before `.output()` (a cached answer is not validated again). Without the request's data
 * versions (a context built by hand) it just runs the query. Ranges relative to "now" must reach it resolved.
 */
export const sharedResult = middleware(async ({ ctx, type, path, input, next }) => {
  if (!readCacheEnabled || type !== "query" || !ctx.versions) return next();
  const key = JSON.stringify([
    path,
    normalizedKey(input),
    dataScopeOf(ctx),
    ctx.timeZone,
    normalizedKey(ctx.kpi),
    ctx.versions.settings,
    callsVersionFor(input, ctx.versions),
  ]);
  const answer = await resultsOf(ctx.db).get(
    key,
    async () => {
      const result = await next();
      // Shared by reference between callers: frozen, so no caller can change another's answer.
      if (result.ok) {
        const data = (result as { data?: unknown }).data;
        deepFreeze(data);
        if (data !== null && typeof data === "object") markShared(data);
      }
      return result;
    },
    (result) => result.ok,
  );
  return answer as Awaited<ReturnType<typeof next>>;
});

const DAY_MS = 86_400_000;

/**
 * The calls an answer may read: a filter's [from, to] plus the equal period before it (the overview's comparison),
 * a day of margin each side; anything else depends on every call.
 */
function callsVersionFor(input: unknown, versions: DataVersions): string {
  const filter = (input as { filter?: { from?: unknown; to?: unknown } } | undefined)?.filter;
  if (!(filter?.from instanceof Date) || !(filter.to instanceof Date)) return `all:${versions.calls}`;
  const span = filter.to.getTime() - filter.from.getTime();
  const from = new Date(filter.from.getTime() - span - DAY_MS);
  const to = new Date(filter.to.getTime() + DAY_MS);
  return `days:${versions.callsBetween(from, to)}`;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

/** How many answers are cached for `db` (tests). */
export function sharedResultCount(db: Database): number {
  return perDatabase.get(db)?.size ?? 0;
}
