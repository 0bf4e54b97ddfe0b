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
  /**
   * Where the calls of [from, to] stand: moves only when a call started on one of those days (UTC) is written or
   * removed, or when every answer changes (a new rollup zone). A backfill of last year leaves this week's as is.
   */
  callsBetween(from: Date, to: Date): string;
}

/**
 * The versions as of a moment after this call began. Requests arriving while a read is in flight do not queue one
 * read each (on the embedded database every query waits its turn on one connection, behind the sync's writes):
 * they all share the next read, which starts once the current one is done, so after they arrived.
 */
export function currentDataVersions(db: Database): Promise<DataVersions> {
  let reader = readers.get(db);
  if (!reader) {
    const versions = new DataVersionReader(db);
    reader = new CoalescedReader(() => versions.read());
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

const DAY_MS = 86_400_000;

/**
 * The versions as they stand now. The call days come incrementally: each read asks only for the days stamped after
 * the "calls" counter it saw last (a backfill stamps a few days per commit; a history has thousands).
 */
class DataVersionReader {
  /** UTC day number (ms / DAY_MS) -> the "calls" counter value of its last change. Replaced, never mutated. */
  private days = new Map<number, number>();
  private seenCalls = -1;

  constructor(private readonly db: Database) {}

  async read(): Promise<DataVersions> {
    let answer = await this.query(this.seenCalls);
    // The counters went back (a database re-created under a running process): start over.
    if (answer.calls < this.seenCalls) {
      this.days = new Map();
      answer = await this.query(-1);
    }
    if (answer.changedDays.length > 0) {
      const days = new Map(this.days);
      for (const [day, version] of answer.changedDays) days.set(day, version);
      this.days = days;
    }
    this.seenCalls = answer.calls;
    const days = this.days;
    const epoch = answer.counters.get("calls-epoch") ?? `missing:${Math.random()}`;
    return {
      calls: answer.counters.get("calls") ?? `missing:${Math.random()}`,
      settings: answer.counters.get("settings") ?? `missing:${Math.random()}`,
      sessions: answer.counters.get("sessions") ?? `missing:${Math.random()}`,
      callsBetween(from, to) {
        const first = Math.floor(from.getTime() / DAY_MS);
        const last = Math.floor(to.getTime() / DAY_MS);
        let newest = 0;
        for (const [day, version] of days)
          if (day >= first && day <= last && version > newest) newest = version;
        return `${epoch}:${newest}`;
      },
    };
  }

  /** The counters and the days stamped after `after`, in one statement: one snapshot. */
  private async query(after: number) {
    const { rows } = await this.db.pool.query<{ name: string; version: string; day: string | null }>(
      `SELECT name, version::text AS version, NULL::text AS day FROM data_versions
       UNION ALL
       SELECT 'day', version::text, to_char(day, 'YYYY-MM-DD') FROM call_day_versions WHERE version > $1`,
      [after],
    );
    const counters = new Map<string, string>();
    const changedDays: [number, number][] = [];
    for (const row of rows) {
      if (row.day === null) counters.set(row.name, row.version);
      else changedDays.push([Date.parse(`${row.day}T00:00:00Z`) / DAY_MS, Number(row.version)]);
    }
    return { counters, changedDays, calls: Number(counters.get("calls") ?? -1) };
  }
}
