import type { Database } from "@antdash/db";

/**
 * Where the cached data stands: counters bumped by database triggers in the same transaction as the rows they
 * stand for (migration 20261206190000_data_versions). Read once per request (one tiny table), so several web
 * processes sharing one PostgreSQL agree at once: a reader who sees a new number also sees the new rows.
 */
export interface DataVersions {
  /** Calls, rollups' zone, call-back cases. */
  calls: string;
  /** The settings table (time zone, thresholds, KPI settings). */
  settings: string;
  /** Users (role, password, disabling, session version) and signed-out sessions. */
  sessions: string;
}

/**
 * The versions as of a moment after this call began. Requests arriving while a read is in flight do not queue one
 * read each (on the embedded database every query waits its turn on one connection, behind the sync's writes):
 * they all share the next read, which starts once the current one is done, so after they arrived.
 */
export function currentDataVersions(db: Database): Promise<DataVersions> {
  let reader = readers.get(db);
  if (!reader) {
    reader = new CoalescedReader(() => readDataVersions(db));
    readers.set(db, reader);
  }
  return reader.read();
}

const readers = new WeakMap<Database, CoalescedReader<DataVersions>>();

export class CoalescedReader<T> {
  private inFlight: Promise<T> | null = null;
  private next: Promise<T> | null = null;

  constructor(private readonly readNow: () => Promise<T>) {}

  read(): Promise<T> {
    if (this.next) return this.next;
    if (!this.inFlight) return this.launch();
    const ignore = () => undefined;
    this.next = this.inFlight.then(ignore, ignore).then(() => {
      this.next = null;
      return this.launch();
    });
    return this.next;
  }

  private launch(): Promise<T> {
    const read = this.readNow().finally(() => {
      if (this.inFlight === read) this.inFlight = null;
    });
    this.inFlight = read;
    return read;
  }
}

async function readDataVersions(db: Database): Promise<DataVersions> {
  const { rows } = await db.pool.query<{ name: string; version: string }>(
    `SELECT name, version::text AS version FROM data_versions`,
  );
  const of = (name: string) => {
    const row = rows.find((r) => r.name === name);
    // A missing counter (migration not applied) never matches a cached entry: nothing is shared then.
    return row ? row.version : `missing:${Math.random()}`;
  };
  return { calls: of("calls"), settings: of("settings"), sessions: of("sessions") };
}
