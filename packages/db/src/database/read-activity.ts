import type { Database } from "./open-database";

/**
 * When someone last read a database through this process (a dashboard request, a TV display). The embedded
 * database runs one statement at a time, so a sync writing back to back would make every reader queue behind its
 * writes; the sync asks this to know when to leave gaps (see the sync's reader share).
 */
// Kept on globalThis: Next.js can load this module more than once in one server (instrumentation, route bundles),
// and the requests and the sync must see the same map.
const KEY = Symbol.for("@antdash/db:last-read-at");
const registry = globalThis as typeof globalThis & { [KEY]?: WeakMap<Database, number> };
const lastReadAt = (registry[KEY] ??= new WeakMap<Database, number>());

export function noteReadActivity(db: Database, now = Date.now()): void {
  lastReadAt.set(db, now);
}

/** True when a reader used `db` within the last `withinMs`. */
export function hasRecentReaders(db: Database, withinMs: number, now = Date.now()): boolean {
  const last = lastReadAt.get(db);
  return last !== undefined && now - last <= withinMs;
}
