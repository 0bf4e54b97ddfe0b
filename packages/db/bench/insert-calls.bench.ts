// Insert throughput of insertCalls in 5,000-row batches, on embedded PGlite and on PostgreSQL (when installed).
// Not a test: run `pnpm --filter @antdash/db bench:insert` and read the numbers.
import type { CallRecord } from "@antdash/antring-core";
import { callKey, DuplicateOrdinalTracker, insertCalls, toCallRow, type CallRow } from "../src/index";
import { openTestDatabase, testDatabaseModes, type TestDatabaseMode } from "../src/testing/index";
import { postgresGlobalSetup } from "../src/testing/global-setup";

const BATCH = 5_000;
const BATCHES = 20;

function syntheticWindow(batch: number): CallRecord[] {
  const start = 1_700_000_000 + batch * BATCH;
  return Array.from({ length: BATCH }, (_, i) => ({
    caller: { number: `09${(i * 7919) % 100_000_000}`, type: "realnumber" },
    callee: { number: `${100 + (i % 40)}`, type: "user", username: `agent${i % 40}` },
    class: "trunking",
    did_number: "02873019555",
    direction: i % 3 === 0 ? "from_ab" : "to_ab",
    status_detail: i % 5 === 0 ? "CANCELLED" : "SUCCESS",
    duration_seconds: 30 + (i % 300),
    unix_timestamp: start + i,
    billing_seconds: i % 30,
    recording: i % 2 === 0 ? `call_recording_${batch}_${i}.mp3` : "",
  }));
}

function rowsOf(records: CallRecord[], timeZone: string): CallRow[] {
  const tracker = new DuplicateOrdinalTracker();
  return records.map((record) => toCallRow(record, callKey(record, tracker.next(record)), timeZone));
}

async function bench(mode: TestDatabaseMode): Promise<void> {
  const db = await openTestDatabase(mode);
  try {
    const windows = Array.from({ length: BATCHES }, (_, b) => syntheticWindow(b));
    let started = performance.now();
    const batches = windows.map((records) => rowsOf(records, db.timeZone));
    const deriveMs = performance.now() - started;

    started = performance.now();
    let inserted = 0;
    for (const rows of batches) inserted += await insertCalls(db, rows);
    const insertMs = performance.now() - started;

    started = performance.now();
    let reinserted = 0;
    for (const rows of batches) reinserted += await insertCalls(db, rows);
    const reinsertMs = performance.now() - started;

    const total = BATCH * BATCHES;
    const rate = (ms: number) => Math.round((total / ms) * 1000).toLocaleString("en-US");
    console.log(
      `${mode.padEnd(8)} ${total} rows in ${BATCHES} batches of ${BATCH}: ` +
        `insert ${rate(insertMs)} rows/s (${insertMs.toFixed(0)} ms, ${inserted} new), ` +
        `re-insert ${rate(reinsertMs)} rows/s (${reinserted} new), ` +
        `key+row derivation ${rate(deriveMs)} rows/s`,
    );
  } finally {
    await db.dispose();
  }
}

const teardown = await postgresGlobalSetup();
try {
  for (const mode of testDatabaseModes()) await bench(mode);
} finally {
  await teardown();
}
