import type { CallRecord } from "@antdash/antring-core";
import { beforeEach, describe, expect, it } from "vitest";
import { testDatabaseModes } from "../testing/test-databases";
import { inboundCall, internalCall, manyCalls, outboundCall } from "../test/call-records";
import { useTestDatabase } from "../test/use-test-database";
import type { Database } from "../database/open-database";
import { callKey, DuplicateOrdinalTracker } from "./call-key";
import { toCallRow, type CallRow } from "./call-row";
import { insertCalls } from "./insert-calls";
import { rebuildRollups } from "./rollups";

function rowsOf(records: CallRecord[]): CallRow[] {
  const tracker = new DuplicateOrdinalTracker();
  return records.map((record) => toCallRow(record, callKey(record, tracker.next(record)), "Asia/Ho_Chi_Minh"));
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

/** What the rollups must equal: GROUP BY over the calls table, in the rollups' shape and order. */
async function expectedRollups(db: Database) {
  const calls = await db.pool.query(
    `SELECT date_trunc('hour', started_at, 'UTC') AS hour_start, direction, status_detail, class,
            coalesce(did_number, '') AS did_number, count(*)::int AS calls, sum(billing_seconds)::text AS billing,
            sum(duration_seconds)::text AS duration, sum(wait_seconds)::text AS wait, count(recording)::int AS recorded
       FROM calls GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
  );
  const agents = await db.pool.query(
    `SELECT date_trunc('hour', started_at, 'UTC') AS hour_start, agent, direction, status_detail, count(*)::int AS calls,
            sum(billing_seconds)::text AS billing, sum(duration_seconds)::text AS duration, sum(wait_seconds)::text AS wait
       FROM calls, unnest(agents) AS agent GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  );
  return { calls: calls.rows, agents: agents.rows };
}

async function storedRollups(db: Database) {
  const calls = await db.pool.query(
    `SELECT hour_start, direction, status_detail, class, did_number, calls, billing_seconds::text AS billing,
            duration_seconds::text AS duration, wait_seconds::text AS wait, recorded
       FROM call_rollups_hourly ORDER BY 1, 2, 3, 4, 5`,
  );
  const agents = await db.pool.query(
    `SELECT hour_start, agent, direction, status_detail, calls, billing_seconds::text AS billing,
            duration_seconds::text AS duration, wait_seconds::text AS wait
       FROM agent_rollups_hourly ORDER BY 1, 2, 3, 4`,
  );
  return { calls: calls.rows, agents: agents.rows };
}

describe.each(testDatabaseModes())("hourly rollups on %s", (mode) => {
  const db = useTestDatabase(mode);
  beforeEach(async () => {
    await db().pool.query("TRUNCATE calls, call_rollups_hourly, agent_rollups_hourly");
  });

  it("equal GROUP BY over calls after inserts, re-inserts, overlapping and duplicate batches", async () => {
    const all = rowsOf(mixedWindow(1_519_600_000, 450));
    const first = all.slice(0, 300);
    const second = all.slice(150); // half of it overlaps the first
    expect(await insertCalls(db(), first)).toBe(300);
    expect(await insertCalls(db(), first)).toBe(0);
    expect(await insertCalls(db(), second)).toBe(150);
    // Repeats inside one batch count once.
    const third = rowsOf(mixedWindow(1_519_700_000, 50));
    expect(await insertCalls(db(), [...third, ...third])).toBe(50);

    const stored = await storedRollups(db());
    expect(stored).toEqual(await expectedRollups(db()));
    expect(stored.calls.reduce((sum, row) => sum + row.calls, 0)).toBe(500);
    // The internal calls have two agents each and the IVR-free inbound calls one: the agent rollup saw both.
    expect(stored.agents.length).toBeGreaterThan(0);
  });

  it("count only new rows when two writers insert overlapping batches at once", async () => {
    const rows = rowsOf(mixedWindow(1_519_800_000, 400));
    const counts = await Promise.all([
      insertCalls(db(), rows.slice(0, 300)),
      insertCalls(db(), rows.slice(100)),
      insertCalls(db(), rows.slice(50, 350)),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(400);
    expect(await storedRollups(db())).toEqual(await expectedRollups(db()));
  });

  it("rebuildRollups recomputes them for rows written without insertCalls", async () => {
    await insertCalls(db(), rowsOf([...mixedWindow(1_519_900_000, 120), ...manyCalls(30)]));
    // A bulk copy behind insertCalls' back (what the benchmark's fill does), and a stale rollup row.
    await db().pool.query(
      `INSERT INTO calls SELECT id || '#copy', caller_number, caller_type, caller_username, callee_number, callee_type,
              callee_username, class, did_number, direction, status_detail, duration_seconds, billing_seconds,
              unix_timestamp - 604800, recording, started_at - interval '7 days', wait_seconds, agents,
              local_date - 7, local_hour, local_weekday, fingerprint, synced_at FROM calls`,
    );
    await db().pool.query(`UPDATE call_rollups_hourly SET calls = calls + 1`);
    expect(await storedRollups(db())).not.toEqual(await expectedRollups(db()));

    await rebuildRollups(db());
    const stored = await storedRollups(db());
    expect(stored).toEqual(await expectedRollups(db()));
    expect(stored.calls.reduce((sum, row) => sum + row.calls, 0)).toBe(300);
    // And insertCalls keeps adding to the rebuilt rollups.
    await insertCalls(db(), rowsOf(mixedWindow(1_520_000_000, 40)));
    expect(await storedRollups(db())).toEqual(await expectedRollups(db()));
  });
});
