import type { CallRecord } from "@antdash/antring-core";
import { describe, expect, it } from "vitest";
import { callKey, DuplicateOrdinalTracker } from "../calls/call-key";
import { toCallRow } from "../calls/call-row";
import { insertCalls } from "../calls/insert-calls";
import { testDatabaseModes } from "../testing/test-databases";
import { EXAMPLE_TIMESTAMP, inboundCall } from "@antdash/antring-core/testing";
import { useTestDatabase } from "../test/use-test-database";
import { refreshCallbackCases } from "./refresh-cases";

const NUMBERS = Array.from({ length: 300 }, (_, i) => `0903${String(100_000 + i).padStart(6, "0")}`);
const WRITERS = 6;
const ROUNDS = 3;

/** Writer w's missed calls of round r: one per number, the numbers in an order of the writer's own. */
function batch(writer: number, round: number): CallRecord[] {
  const order = NUMBERS.map((number, i) => ({ number, at: (i * (writer * 7 + 3)) % NUMBERS.length }));
  order.sort((a, b) => a.at - b.at || a.number.localeCompare(b.number));
  return order.map(({ number }, i) =>
    inboundCall({
      caller: { number, type: "realnumber" },
      status_detail: "UNSUCCESS",
      billing_seconds: 0,
      unix_timestamp: EXAMPLE_TIMESTAMP + (round * WRITERS + writer) * 1_000 + i,
    }),
  );
}

// The sync writes several windows at once: each batch marks its customers' numbers dirty while the previous
// batch's case rebuild clears marks and rewrites cases. A 200k-call bench sync on PostgreSQL once failed there with
// a deadlock (40P01); this checks that such writers all land and leave exact cases (it did not reproduce the
// deadlock itself, which needs the bench's volume and timing).
describe.each(testDatabaseModes())("concurrent writers of the same customers on %s", (mode) => {
  const db = useTestDatabase(mode);

  it("all batches land, no deadlock, and every number has one open case counting every missed call", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const batches = Array.from({ length: WRITERS }, (_, writer) => {
        const tracker = new DuplicateOrdinalTracker();
        return batch(writer, round).map((record) =>
          toCallRow(record, callKey(record, tracker.next(record)), "Asia/Ho_Chi_Minh"),
        );
      });
      const inserted = await Promise.all(batches.map((rows) => insertCalls(db(), rows)));
      expect(inserted).toEqual(batches.map((rows) => rows.length));
    }
    await refreshCallbackCases(db());
    const { rows } = await db().pool.query<{ cases: number; numbers: number; missed: number; dirty: number }>(
      `SELECT count(*)::int AS cases, count(DISTINCT number)::int AS numbers, sum(missed_count)::int AS missed,
              (SELECT count(*)::int FROM callback_dirty_numbers) AS dirty
         FROM callback_cases WHERE status = 'open'`,
    );
    expect(rows[0]).toEqual({
      cases: NUMBERS.length,
      numbers: NUMBERS.length,
      missed: NUMBERS.length * WRITERS * ROUNDS,
      dirty: 0,
    });
  });
});
