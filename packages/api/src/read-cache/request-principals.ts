import type { Database } from "@antdash/db";
import { LRUCache } from "lru-cache";
import { getSettings, type Settings } from "../admin/settings";
import { loadSessionUser, type SessionClaims } from "../auth/session-user";
import type { SessionUser } from "../context";
import type { DataVersions } from "./data-versions";

/** Sessions checked recently; each entry is only trusted while the "sessions" counter has not moved. */
const MAX_SESSIONS = 10_000;

interface Checked<T> {
  version: string;
  value: T;
}

interface PerDatabase {
  sessions: LRUCache<string, Checked<SessionUser | null>>;
  settings: Checked<Promise<Settings>> | null;
}
const perDatabase = new WeakMap<Database, PerDatabase>();

function cachesOf(db: Database): PerDatabase {
  let caches = perDatabase.get(db);
  if (!caches) {
    caches = { sessions: new LRUCache({ max: MAX_SESSIONS }), settings: null };
    perDatabase.set(db, caches);
  }
  return caches;
}

/**
 * The user behind a session, re-read from the database only when a user or a signed-out session changed since it
 * was last checked (the "sessions" counter, bumped by a trigger in the same transaction as the change). A revoked
 * session, a disabled user or a changed role therefore stops working on the very next request in every process:
 * no grace period.
 */
export async function sessionUserAt(
  db: Database,
  session: SessionClaims,
  versions: DataVersions,
): Promise<SessionUser | null> {
  const sessions = cachesOf(db).sessions;
  const key = `${session.userId}\n${session.sessionId}\n${session.version}`;
  const known = sessions.get(key);
  if (known && known.version === versions.sessions) return known.value;
  const user = await loadSessionUser(db, session);
  sessions.set(key, { version: versions.sessions, value: user });
  return user;
}

/** The settings, re-read only when the "settings" counter moved (a shared promise: one read per change). */
export function settingsAt(db: Database, versions: DataVersions): Promise<Settings> {
  const caches = cachesOf(db);
  if (caches.settings?.version !== versions.settings) {
    const read = getSettings(db);
    caches.settings = { version: versions.settings, value: read };
    // A failed read is not kept: the next request tries again.
    read.catch(() => {
      if (caches.settings?.value === read) caches.settings = null;
    });
  }
  return caches.settings.value;
}
