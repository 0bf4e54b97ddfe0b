import { type Database, rebuildCallbackCases, rebuildRollups } from "@antdash/db";

/**
 * Grows the cache to `target` calls by copying the synced calls with new keys, each copy shifted back by whole weeks
 * (so hours and weekdays keep their shape). Much faster than syncing a million calls, and the report cannot tell.
 * The copies bypass insertCalls, so the rollups and the call-back cases are rebuilt afterwards (`rebuildMs`,
 * `casesMs`); the
 * secondary indexes are dropped during the copy and built again after it.
 */
export async function fillToMillion(
  db: Database,
  target = 1_000_000,
): Promise<{ calls: number; rebuildMs: number; casesMs: number }> {
  const { rows } = await db.pool.query<{ n: number; span: number }>(
    "SELECT count(*)::int AS n, ceil(extract(epoch FROM max(started_at) - min(started_at)) / 604800)::int + 1 AS span FROM calls",
  );
  const base = rows[0]!.n;
  const weeks = rows[0]!.span;
  if (base === 0) throw new Error("sync some calls first");
  // Building the secondary indexes once afterwards is much faster than updating a dozen of them row by row.
  const { rows: indexes } = await db.pool.query<{ name: string; definition: string }>(
    "SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'calls' AND indexname <> 'calls_pkey'",
  );
  for (const index of indexes) await db.pool.query(`DROP INDEX "${index.name}"`);
  for (let copy = 1, total = base; total < target; copy++) {
    const shift = copy * weeks * 7 * 86_400;
    const result = await db.pool.query(
      `INSERT INTO calls (${columnList!.join(", ")})
       SELECT ${columnsShifted(shift, copy)} FROM calls WHERE id NOT LIKE '%#%' ORDER BY id LIMIT $1`,
      [Math.min(base, target - total)],
    );
    total += result.rowCount ?? 0;
  }
  for (const index of indexes) await db.pool.query(index.definition);
  const started = performance.now();
  await rebuildRollups(db);
  const rebuildMs = performance.now() - started;
  // The call-back cases too (the copies carry their normalized numbers, copied like every column).
  const casesStarted = performance.now();
  await rebuildCallbackCases(db);
  const casesMs = performance.now() - casesStarted;
  await db.pool.query("ANALYZE");
  return { calls: await count(db), rebuildMs, casesMs };
}

async function count(db: Database): Promise<number> {
  const { rows } = await db.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM calls");
  return rows[0]!.n;
}

let columnList: string[] | null = null;
export async function loadColumns(db: Database): Promise<void> {
  const { rows } = await db.pool.query<{ column_name: string }>(
    "SELECT column_name FROM information_schema.columns WHERE table_name = 'calls' ORDER BY ordinal_position",
  );
  // seq numbers the copies itself (its default), like any insert.
  columnList = rows.map((r) => r.column_name).filter((c) => c !== "seq");
}

function columnsShifted(shiftSeconds: number, copy: number): string {
  if (!columnList) throw new Error("loadColumns first");
  return columnList
    .map((c) => {
      if (c === "id") return `id || '#${copy}'`;
      if (c === "unix_timestamp") return `unix_timestamp - ${shiftSeconds}`;
      if (c === "started_at") return `started_at - interval '${shiftSeconds} seconds'`;
      if (c === "local_date") return `local_date - ${shiftSeconds / 86_400}`;
      if (c === "recording") return `CASE WHEN recording IS NULL THEN NULL ELSE recording || '#${copy}' END`;
      return c;
    })
    .join(", ");
}
