import type { Database } from "../database/open-database";
import { canonicalJson } from "../util/canonical-json";
import { sha256Hex } from "../util/sha256";

/** An upstream record that failed validation, and where it was read. */
export interface QuarantineEntry {
  raw: unknown;
  reason: string;
  windowFrom: Date;
  windowTo: Date;
  page: number;
  runId?: string;
}

export interface QuarantinedRecordView extends QuarantineEntry {
  id: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  timesSeen: number;
}

// Upsert in one statement. A record seen before (same raw + reason) keeps its row: the sighting count grows and
// the location is moved to the latest sighting. xmax = 0 only on rows this statement inserted. (The recordset
// reads a JSON null raw as SQL NULL, hence the COALESCE back to a jsonb null.)
const QUARANTINE_SQL = `
  INSERT INTO quarantined_records (id, raw, reason, window_from, window_to, page, run_id, times_seen)
  SELECT id, COALESCE(raw, 'null'::jsonb), reason, window_from, window_to, page, run_id, times_seen
  FROM jsonb_to_recordset($1::jsonb)
    AS x(id text, raw jsonb, reason text, window_from timestamptz, window_to timestamptz, page integer,
         run_id text, times_seen integer)
  ON CONFLICT (id) DO UPDATE SET
    last_seen_at = now(),
    times_seen = quarantined_records.times_seen + EXCLUDED.times_seen,
    window_from = EXCLUDED.window_from,
    window_to = EXCLUDED.window_to,
    page = EXCLUDED.page,
    run_id = COALESCE(EXCLUDED.run_id, quarantined_records.run_id)
  RETURNING (xmax = 0) AS inserted`;

/** Idempotent: the same raw record with the same reason is kept once. Returns how many entries were new. */
export async function quarantineRecords(db: Database, entries: QuarantineEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  // One row per identity: Postgres refuses to update the same row twice in one statement.
  const byId = new Map<string, Record<string, unknown>>();
  for (const entry of entries) {
    const raw = canonicalJson(entry.raw);
    const id = sha256Hex(`${raw}\n${entry.reason}`);
    const existing = byId.get(id);
    if (existing) {
      existing.times_seen = (existing.times_seen as number) + 1;
      continue;
    }
    byId.set(id, {
      id,
      raw: JSON.parse(raw) as unknown,
      reason: entry.reason,
      window_from: entry.windowFrom.toISOString(),
      window_to: entry.windowTo.toISOString(),
      page: entry.page,
      run_id: entry.runId ?? null,
      times_seen: 1,
    });
  }
  const result = await db.pool.query<{ inserted: boolean }>(QUARANTINE_SQL, [
    JSON.stringify([...byId.values()]),
  ]);
  return result.rows.filter((row) => row.inserted).length;
}

/** Most recently seen first (default limit 100). */
export async function listQuarantine(
  db: Database,
  opts: { limit?: number } = {},
): Promise<QuarantinedRecordView[]> {
  const rows = await db.prisma.quarantinedRecord.findMany({
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
    take: opts.limit ?? 100,
  });
  return rows.map((row) => ({
    id: row.id,
    raw: row.raw,
    reason: row.reason,
    windowFrom: row.windowFrom,
    windowTo: row.windowTo,
    page: row.page,
    ...(row.runId === null ? {} : { runId: row.runId }),
    firstSeenAt: row.firstSeenAt,
    lastSeenAt: row.lastSeenAt,
    timesSeen: row.timesSeen,
  }));
}
