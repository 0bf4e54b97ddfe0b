import type { CallRecord } from "@antdash/antring-core";
import { beforeEach, describe, expect, it } from "vitest";
import { testDatabaseModes } from "../testing/test-databases";
import { inboundCall, internalCall, manyCalls, outboundCall } from "@antdash/antring-core/testing";
import { useTestDatabase } from "../test/use-test-database";
import type { Database } from "../database/open-database";
import { callKey, DuplicateOrdinalTracker } from "./call-key";
import { toCallRow, type CallRow } from "./call-row";
import { insertCalls } from "./insert-calls";
import { histogramBinSql } from "./histogram-bins";
import { rebuildRollups, rollupTimeZone } from "./rollups";
import { migrationNames, MIGRATIONS_DIR } from "../migrate/migration-files";
import { readFile } from "node:fs/promises";
import path from "node:path";

function callRows(records: CallRecord[]): CallRow[] {
  const tracker = new DuplicateOrdinalTracker();
  return records.map((record) =>
    toCallRow(record, callKey(record, tracker.next(record)), "Asia/Ho_Chi_Minh"),
  );
}

/** A mixed window: every direction, class and status, DIDs and none, recorded or not, spread over several hours. */
function mixedWindow(start: number, count: number): CallRecord[] {
  const statuses = ["SUCCESS", "CANCELLED", "BUSY", "IVR", "UNSUCCESS"] as const;
  return Array.from({ length: count }, (_, i) => {
    const shape = i % 3 === 0 ? inboundCall : i % 3 === 1 ? outboundCall : internalCall;
    return shape({
      unix_timestamp: start + i * 97,
      status_detail: statuses[i % 5]!,
      duration_seconds: 20 + (i % 150),
      billing_seconds: i % 5 === 0 ? i % 120 : 0,
      recording: i % 4 === 0 ? `call_recording_${start}_${i}.mp3` : "",
      ...(i % 3 === 0 ? { did_number: ["02873019555", "19006868"][i % 2]! } : {}),
    });
  });
}

const ZONE = "Asia/Ho_Chi_Minh";
const CALL_KEYS = "direction, status_detail, class, coalesce(did_number, '') AS did_number";
const SUMS = `count(*)::int AS calls, sum(billing_seconds)::text AS billing_seconds,
  sum(duration_seconds)::text AS duration_seconds, sum(wait_seconds)::text AS wait_seconds`;
// Talk and wait of every call, duration of an abandoned one (written out again, not imported).
const METRICS = `CROSS JOIN LATERAL (VALUES ('talk', billing_seconds), ('wait', wait_seconds), ('duration', duration_seconds)) AS m(metric, seconds)
  WHERE metric <> 'duration' OR status_detail = 'CANCELLED'`;

/** What each rollup must equal: GROUP BY over the calls table, written out by hand, in the rollup's column order. */
function expectedQueries(zone: string): Record<string, string> {
  const day = `date_trunc('day', started_at, '${zone}')`;
  const hour = `date_trunc('hour', started_at, 'UTC')`;
  const bin = histogramBinSql("seconds");
  const month = `date_trunc('month', started_at, '${zone}')`;
  const calls = (period: string) =>
    `SELECT ${period} AS period, ${CALL_KEYS}, ${SUMS}, count(recording)::int AS recorded FROM calls GROUP BY 1, 2, 3, 4, 5`;
  const agents = (period: string) =>
    `SELECT ${period} AS period, agent, direction, status_detail, class, coalesce(did_number, '') AS did_number, ${SUMS}
       FROM calls, unnest(agents) AS agent GROUP BY 1, 2, 3, 4, 5, 6`;
  const histogram = (period: string) =>
    `SELECT ${period} AS period, ${CALL_KEYS}, metric, ${bin} AS bin, count(*)::int AS calls FROM calls ${METRICS} GROUP BY 1, 2, 3, 4, 5, 6, 7`;
  // Bin index of each bound (the bounds written out again, not imported).
  const bins = (column: string) =>
    `width_bucket(${column}, ARRAY[10, 30, 60, 120, 180, 300, 600, 1200, 1800, 3600])`;
  const distribution = (period: string) =>
    `SELECT ${period} AS period, ${CALL_KEYS}, ${bins("billing_seconds")} AS billing_bin,
            ${bins("duration_seconds")} AS duration_bin, count(*)::int AS calls FROM calls GROUP BY 1, 2, 3, 4, 5, 6, 7`;
  const local = `started_at AT TIME ZONE '${zone}'`;
  const weekHours = (period: string) =>
    `SELECT ${period} AS period, direction, status_detail, class, extract(dow FROM ${local})::int AS weekday,
            extract(hour FROM ${local})::int AS hour, count(*)::int AS calls FROM calls GROUP BY 1, 2, 3, 4, 5, 6`;
  return {
    call_rollups_hourly: calls(hour),
    call_rollups_daily: calls(day),
    call_rollups_monthly: calls(month),
    // Hours have no class or DID.
    agent_rollups_hourly: `SELECT ${hour} AS period, agent, direction, status_detail, ${SUMS} FROM calls, unnest(agents) AS agent GROUP BY 1, 2, 3, 4`,
    agent_rollups_daily: agents(day),
    agent_rollups_monthly: agents(month),
    call_histograms_daily: histogram(day),
    call_histograms_monthly: histogram(month),
    agent_histograms_monthly: `SELECT ${month} AS period, agent, direction, status_detail, class, metric, ${bin} AS bin,
        count(*)::int AS calls FROM calls CROSS JOIN LATERAL unnest(agents) AS agent ${METRICS} GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    call_distribution_daily: distribution(day),
    call_distribution_monthly: distribution(month),
    call_week_hours_daily: weekHours(day),
    call_week_hours_monthly: weekHours(month),
  };
}

/** Rows in a canonical order (whatever the column order), bigint sums as text. */
async function rowsOf(db: Database, sql: string) {
  const { rows } = await db.pool.query<Record<string, unknown>>(`SELECT * FROM (${sql}) AS x`);
  const canonical = (row: object) =>
    JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)));
  return rows.sort((a, b) => canonical(a).localeCompare(canonical(b)));
}

async function expectedRollups(db: Database, zone = ZONE) {
  const expected: Record<string, unknown[]> = {};
  for (const [table, sql] of Object.entries(expectedQueries(zone))) expected[table] = await rowsOf(db, sql);
  return expected;
}

async function storedRollups(db: Database) {
  const stored: Record<string, unknown[]> = {};
  for (const table of Object.keys(expectedQueries(ZONE))) {
    const { rows } = await db.pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
      [table],
    );
    const columns = rows.map(({ column_name: c }, i) =>
      i === 0 ? `${c} AS period` : c.endsWith("_seconds") ? `${c}::text AS ${c}` : c,
    );
    stored[table] = await rowsOf(db, `SELECT ${columns.join(", ")} FROM ${table}`);
  }
  return stored;
}

const totalCalls = (rows: unknown[] | undefined) =>
  (rows as { calls: number }[]).reduce((sum, row) => sum + row.calls, 0);

describe.each(testDatabaseModes())("hourly rollups on %s", (mode) => {
  const db = useTestDatabase(mode);
  beforeEach(async () => {
    await db().pool.query(`TRUNCATE calls, ${Object.keys(expectedQueries(ZONE)).join(", ")}`);
    await db().pool.query(`UPDATE rollup_state SET time_zone = '${ZONE}'`);
  });

  it("equal GROUP BY over calls after inserts, re-inserts, overlapping and duplicate batches", async () => {
    const all = callRows(mixedWindow(1_519_600_000, 450));
    const first = all.slice(0, 300);
    const second = all.slice(150); // half of it overlaps the first
    expect(await insertCalls(db(), first)).toBe(300);
    expect(await insertCalls(db(), first)).toBe(0);
    expect(await insertCalls(db(), second)).toBe(150);
    // Repeats inside one batch count once.
    const third = callRows(mixedWindow(1_519_700_000, 50));
    expect(await insertCalls(db(), [...third, ...third])).toBe(50);

    const stored = await storedRollups(db());
    expect(stored).toEqual(await expectedRollups(db()));
    expect(totalCalls(stored.call_rollups_daily)).toBe(500);
    // Every call is in the histograms twice (its talk and its wait), an abandoned one a third time (its duration).
    const abandoned = await db().pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM calls WHERE status_detail = 'CANCELLED'`,
    );
    expect(totalCalls(stored.call_histograms_monthly)).toBe(1000 + abandoned.rows[0]!.n);
    expect(stored.agent_rollups_hourly!.length).toBeGreaterThan(0);
  });

  it("count only new rows when two writers insert overlapping batches at once", async () => {
    const rows = callRows(mixedWindow(1_519_800_000, 400));
    const counts = await Promise.all([
      insertCalls(db(), rows.slice(0, 300)),
      insertCalls(db(), rows.slice(100)),
      insertCalls(db(), rows.slice(50, 350)),
      insertCalls(db(), rows.slice(200)),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(400);
    expect(await storedRollups(db())).toEqual(await expectedRollups(db()));
  });

  it("rebuildRollups recomputes them for rows written without insertCalls", async () => {
    await insertCalls(db(), callRows([...mixedWindow(1_519_900_000, 120), ...manyCalls(30)]));
    // A bulk copy behind insertCalls' back (what the benchmark's fill does), and a stale rollup row.
    await db().pool.query(
      `INSERT INTO calls SELECT id || '#copy', caller_number, caller_type, caller_username, callee_number, callee_type,
              callee_username, class, did_number, direction, status_detail, duration_seconds, billing_seconds,
              unix_timestamp - 604800, recording, started_at - interval '7 days', wait_seconds, agents,
              local_date - 7, local_hour, local_weekday, fingerprint, synced_at FROM calls`,
    );
    await db().pool.query(`UPDATE call_histograms_daily SET calls = calls + 1`);
    expect(await storedRollups(db())).not.toEqual(await expectedRollups(db()));

    await rebuildRollups(db());
    const stored = await storedRollups(db());
    expect(stored).toEqual(await expectedRollups(db()));
    expect(totalCalls(stored.call_rollups_hourly)).toBe(300);
    // And insertCalls keeps adding to the rebuilt rollups.
    await insertCalls(db(), callRows(mixedWindow(1_520_000_000, 40)));
    expect(await storedRollups(db())).toEqual(await expectedRollups(db()));
  });

  it("rebuildRollups switches the zone of the daily and monthly rollups", async () => {
    await insertCalls(db(), callRows(mixedWindow(1_519_900_000, 200)));
    await rebuildRollups(db(), { timeZone: "America/New_York" });
    expect(await rollupTimeZone(db())).toBe("America/New_York");
    expect(await storedRollups(db())).toEqual(await expectedRollups(db(), "America/New_York"));
    // Later inserts group by the new zone too: the zone is read inside insertCalls' statement.
    await insertCalls(db(), callRows(mixedWindow(1_520_000_000, 60)));
    expect(await storedRollups(db())).toEqual(await expectedRollups(db(), "America/New_York"));
    await expect(rebuildRollups(db(), { timeZone: "Mars/Olympus" })).rejects.toThrow();
  });

  it("are filled by the newest migration that creates rollups exactly as rebuildRollups fills them", async () => {
    let fill = "";
    for (const name of await migrationNames()) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
      const at = sql.indexOf("-- Fill every rollup");
      if (at >= 0) fill = sql.slice(at);
    }
    expect(fill).not.toBe("");
    await insertCalls(db(), callRows(mixedWindow(1_519_600_000, 300)));
    await db().pool.query(`TRUNCATE ${Object.keys(expectedQueries(ZONE)).join(", ")}`);
    await db().pool.query(fill);
    const migrated = await storedRollups(db());
    expect(migrated).toEqual(await expectedRollups(db()));
    await rebuildRollups(db());
    expect(await storedRollups(db())).toEqual(migrated);
  });
});
