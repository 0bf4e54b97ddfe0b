import { type Database, hasRecentReaders } from "@antdash/db";

/** Readers seen this recently count as present. */
const READERS_WITHIN_MS = 2_000;
/**
 * The rest after each write, as a share of the write's time: writes take about 57 % of the executor while people
 * read, so a backfill keeps at least half its pace (issue 16) and readers find it free the rest of the time.
 */
const REST_PER_WRITE = 0.75;

/**
 * How the sync's writer shares the embedded database with people reading the dashboard. PGlite runs one statement
 * at a time: written back to back, a backfill's inserts (a second or so each) leave readers nothing but the queue
 * behind them, and every page waits one to two writes. While requests come in (in this process), the writer rests
 * after each write for three quarters of the time the write took, so readers run in the gaps and the backfill
 * keeps more than half its pace; alone, it writes back to back. PostgreSQL runs readers beside the writer: no rest there.
 */
export function readerShare(db: Database): ((writeMs: number) => Promise<void>) | undefined {
  if (db.mode !== "embedded") return undefined;
  return async (writeMs) => {
    if (!hasRecentReaders(db, READERS_WITHIN_MS)) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(writeMs * REST_PER_WRITE, 5_000)));
  };
}
