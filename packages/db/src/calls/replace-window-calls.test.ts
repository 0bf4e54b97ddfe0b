import type { CallRecord } from "@antdash/antring-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { testDatabaseModes } from "../testing/test-databases";
import { EXAMPLE_TIMESTAMP, inboundCall, outboundCall } from "@antdash/antring-core/testing";
import { useTestDatabase } from "../test/use-test-database";
import { callKey, DuplicateOrdinalTracker } from "./call-key";
import { toCallRow, type CallRow } from "./call-row";
import { insertCalls } from "./insert-calls";
import { countCalls } from "./read-calls";
import { replaceWindowCalls } from "./replace-window-calls";
import { rebuildRollups, ROLLUP_TABLES } from "./rollups";

/** One window read, as the sync turns it into rows. */
function rowsOf(records: CallRecord[]): CallRow[] {
  const tracker = new DuplicateOrdinalTracker();
  return records.map((record) =>
    toCallRow(record, callKey(record, tracker.next(record)), "Asia/Ho_Chi_Minh"),
  );
}

/** Every rollup row, in a stable order. */
async function rollups(db: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of ROLLUP_TABLES) {
    const { rows } = await db.pool.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM ${table} t`);
    out[table] = rows.map((r) => JSON.stringify(r.row)).sort();
  }
  return out;
}

/** The rollups kept statement by statement equal the ones computed from scratch from `calls`. */
async function expectRollupsExact(db: Database): Promise<void> {
  const kept = await rollups(db);
  await rebuildRollups(db);
  expect(kept).toEqual(await rollups(db));
}

const T = EXAMPLE_TIMESTAMP;
const span = { from: new Date((T - 60) * 1000), to: new Date((T + 3600) * 1000) };

describe.each(testDatabaseModes())("replaceWindowCalls on %s", (mode) => {
  const db = useTestDatabase(mode);
  beforeEach(async () => {
    await db().pool.query("TRUNCATE calls");
    await rebuildRollups(db());
  });

  const firstRead = () => [
    inboundCall({ status_detail: "CANCELLED", billing_seconds: 0 }), // a genuine double call: two rows
    inboundCall({ status_detail: "CANCELLED", billing_seconds: 0 }),
    inboundCall({ unix_timestamp: T + 60, recording: "" }), // its recording appears later
    outboundCall({ unix_timestamp: T + 120, recording: "call_recording_b.mp3", did_number: null }), // a DID later
    outboundCall({ unix_timestamp: T + 180, duration_seconds: 90 }), // its duration is corrected
    inboundCall({ unix_timestamp: T + 240 }), // no longer listed
  ];

  it("ends with one row per call, the latest version, the rollups exact and the changes counted", async () => {
    await insertCalls(db(), rowsOf(firstRead()));
    const [d1, d2, , , , gone] = firstRead();
    const latest = rowsOf([
      d1!,
      d2!,
      inboundCall({ unix_timestamp: T + 60, recording: "call_recording_a.mp3" }),
      outboundCall({ unix_timestamp: T + 120, recording: "call_recording_b.mp3", did_number: "02873019555" }),
      outboundCall({ unix_timestamp: T + 180, duration_seconds: 70 }),
    ]);
    expect(gone).toBeDefined();
    await insertCalls(db(), latest); // what the read writes, before it is made authoritative

    const corrections = await replaceWindowCalls(db(), span, latest);
    expect(corrections).toEqual({
      corrected: 3,
      removed: 1,
      fields: { recording: 1, did_number: 1, duration_seconds: 1 },
    });
    const { rows } = await db().pool.query<{ id: string; fingerprint: string }>(
      "SELECT id, fingerprint FROM calls ORDER BY id",
    );
    expect(rows).toEqual(
      latest.map(({ id, fingerprint }) => ({ id, fingerprint })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    await expectRollupsExact(db());

    // The same read again changes nothing.
    expect(await replaceWindowCalls(db(), span, latest)).toEqual({ corrected: 0, removed: 0, fields: {} });
    expect(await countCalls(db())).toBe(5);
  });

  it("removes one of a double call when only one is listed, and touches nothing outside the span", async () => {
    const outside = inboundCall({ unix_timestamp: T + 7200 });
    await insertCalls(db(), rowsOf([...firstRead().slice(0, 2), outside]));
    const one = rowsOf(firstRead().slice(0, 1));
    expect(await replaceWindowCalls(db(), span, one)).toEqual({ corrected: 0, removed: 1, fields: {} });
    expect(await countCalls(db())).toBe(2);
    await expectRollupsExact(db());
  });
  it("rebuilds the customer's call-back case when a correction removes or answers the missed call", async () => {
    const missed = inboundCall({
      caller: { number: "0903111222", type: "realnumber" },
      status_detail: "UNSUCCESS",
      billing_seconds: 0,
    });
    const other = inboundCall({
      caller: { number: "0903333444", type: "realnumber" },
      status_detail: "BUSY",
      billing_seconds: 0,
      unix_timestamp: T + 60,
    });
    await insertCalls(db(), rowsOf([missed, other]));
    const openCases = async () =>
      (
        await db().pool.query<{ number: string }>(
          `SELECT number FROM callback_cases WHERE status = 'open' ORDER BY number`,
        )
      ).rows.map((r) => r.number);
    expect(await openCases()).toEqual(["+84903111222", "+84903333444"]);

    // AntRing now lists the first call as answered, and no longer lists the second at all.
    const listed = rowsOf([{ ...missed, status_detail: "SUCCESS", billing_seconds: 40 }]);
    await insertCalls(db(), listed);
    await replaceWindowCalls(db(), span, listed);
    expect(await openCases()).toEqual([]);
    expect((await db().pool.query(`SELECT 1 FROM callback_dirty_numbers`)).rows).toEqual([]);
  });
});
