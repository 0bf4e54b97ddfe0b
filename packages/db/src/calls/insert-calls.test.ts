import type { CallRecord } from "@antdash/antring-core";
import { beforeEach, describe, expect, it } from "vitest";
import { testDatabaseModes } from "../testing/test-databases";
import { inboundCall, internalCall, manyCalls, outboundCall } from "@antdash/antring-core/testing";
import { useTestDatabase } from "../test/use-test-database";
import { callKey, DuplicateOrdinalTracker } from "./call-key";
import { toCallRow, type CallRow } from "./call-row";
import { insertCalls } from "./insert-calls";
import { countCalls, newestCallAt } from "./read-calls";

/** What the sync does with one window read: ordinals, keys, rows. */
function rowsOf(records: CallRecord[]): CallRow[] {
  const tracker = new DuplicateOrdinalTracker();
  return records.map((record) =>
    toCallRow(record, callKey(record, tracker.next(record)), "Asia/Ho_Chi_Minh"),
  );
}

describe.each(testDatabaseModes())("insertCalls on %s", (mode) => {
  const db = useTestDatabase(mode);
  beforeEach(async () => {
    await db().pool.query("TRUNCATE calls");
  });

  it("inserts new rows and counts them; re-inserting the same window inserts nothing", async () => {
    const window = [inboundCall(), outboundCall({ recording: "call_recording_a.mp3" }), internalCall()];
    expect(await insertCalls(db(), rowsOf(window))).toBe(3);
    expect(await insertCalls(db(), rowsOf(window))).toBe(0);
    expect(await countCalls(db())).toBe(3);
  });

  it("keeps two byte-identical calls in one second as two rows, and a re-read does not add a third", async () => {
    const window = [inboundCall(), inboundCall()];
    expect(await insertCalls(db(), rowsOf(window))).toBe(2);
    expect(await insertCalls(db(), rowsOf(window))).toBe(0);
    expect(await countCalls(db())).toBe(2);
  });

  it("skips repeats of one key inside a batch", async () => {
    const [row] = rowsOf([inboundCall()]);
    expect(await insertCalls(db(), [row!, row!])).toBe(1);
  });

  it("stores the derived columns as computed", async () => {
    await insertCalls(
      db(),
      rowsOf([inboundCall(), outboundCall(), internalCall({ unix_timestamp: 1519639918 })]),
    );
    const rows = await db().pool.query(
      `SELECT direction, class, agents, wait_seconds, local_date::text AS local_date, local_hour, local_weekday,
              started_at, recording, did_number
       FROM calls ORDER BY started_at, direction`,
    );
    expect(rows.rows).toEqual([
      expect.objectContaining({ direction: "from_ab", class: "trunking", agents: ["lan"], did_number: null }),
      expect.objectContaining({
        direction: "to_ab",
        agents: ["thutran"],
        wait_seconds: 7,
        local_date: "2018-02-26",
        local_hour: 17,
        local_weekday: 1,
        started_at: new Date("2018-02-26T10:11:57Z"),
        recording: null,
        did_number: "02873019555",
      }),
      expect.objectContaining({ class: "one_one", agents: ["lan", "102"] }),
    ]);
    // The GIN-indexed agents column answers "calls of agent X".
    const lan = await db().pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM calls WHERE agents @> ARRAY['lan']`,
    );
    expect(lan.rows[0]?.n).toBe(2);
  });

  it("round-trips agent names with characters special to PostgreSQL arrays", async () => {
    const names = ['quote"d', "back\\slash", "comma,brace{}", "NULL", " spaced ", "Nguyễn Văn A"];
    const records = names.map((username, i) =>
      inboundCall({ callee: { number: `10${i}`, type: "user", username }, unix_timestamp: 1519639917 + i }),
    );
    await insertCalls(
      db(),
      rowsOf([
        ...records,
        internalCall({ callee: { number: "102", type: "user", username: "" }, unix_timestamp: 1519640000 }),
      ]),
    );
    const stored = await db().pool.query<{ agents: string[] }>(
      `SELECT agents FROM calls ORDER BY unix_timestamp`,
    );
    expect(stored.rows.map((row) => row.agents)).toEqual([...names.map((name) => [name]), ["lan", "102"]]);
  });

  it("writes a 5,000-row batch in one call and reports the newest call", async () => {
    const records = manyCalls(5_000);
    expect(await insertCalls(db(), rowsOf(records))).toBe(5_000);
    expect(await countCalls(db())).toBe(5_000);
    expect(await newestCallAt(db())).toEqual(new Date(records.at(-1)!.unix_timestamp * 1000));
  });

  it("reports no newest call on an empty cache", async () => {
    expect(await newestCallAt(db())).toBeNull();
    expect(await insertCalls(db(), [])).toBe(0);
  });
});
