import type { CallRecord } from "@antdash/antring-core";
import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { syncFromSimulator } from "../testing/simulator-sync";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CallFilter, parseCallFilter } from "../calls/call-filter";
import { exportCalls } from "../export/export-calls";
import { summarizeCalls } from "./summary";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 10, 0, 0);
const FROM = new Date(NOW - 40 * DAY);
const TO = new Date(NOW);

/** The same filter evaluated in plain TypeScript over the upstream records: the reference the SQL must match. */
function matches(c: CallRecord, f: CallFilter): boolean {
  const ms = c.unix_timestamp * 1000;
  const agents = [c.caller, c.callee].filter((p) => p.type === "user").map((p) => p.username ?? p.number);
  return (
    ms >= f.from.getTime() &&
    ms <= f.to.getTime() &&
    (!f.direction || f.direction.includes(c.direction)) &&
    (!f.status || f.status.includes(c.status_detail)) &&
    (!f.did || (c.did_number !== null && f.did.includes(c.did_number))) &&
    (!f.agent || agents.some((a) => f.agent!.includes(a))) &&
    (!f.number || c.caller.number.includes(f.number) || c.callee.number.includes(f.number)) &&
    (f.minDurationSeconds === undefined || c.duration_seconds >= f.minDurationSeconds) &&
    (f.maxDurationSeconds === undefined || c.duration_seconds <= f.maxDurationSeconds) &&
    (f.hasRecording === undefined || (c.recording !== "") === f.hasRecording)
  );
}

describe.each(testDatabaseModes())("summarizeCalls on %s", (mode) => {
  let sim: RunningSimulator;
  let db: TestDatabase;
  let calls: CallRecord[];

  beforeAll(async () => {
    sim = await startSimulator({ seed: 11, historyDays: 45, callsPerDay: 60, now: () => NOW });
    db = await openTestDatabase(mode);
    await syncFromSimulator(sim, { db, from: FROM, to: TO, now: () => new Date(NOW) });
    calls = sim.dataset.callsBetween(FROM.getTime(), TO.getTime());
  });
  afterAll(async () => {
    await db.dispose();
    await sim.close();
  });

  const filters = [
    { from: FROM, to: TO },
    { from: new Date(NOW - 10 * DAY), to: new Date(NOW - 3 * DAY), direction: ["to_ab"] },
    { from: FROM, to: TO, status: ["BUSY", "CANCELLED"], minDurationSeconds: 5, maxDurationSeconds: 30 },
    { from: FROM, to: TO, did: ["02873019555"], hasRecording: true },
    { from: FROM, to: TO, number: "09" },
  ];

  it.each(filters)("matches the upstream records for filter %#", async (input) => {
    const filter = parseCallFilter(input);
    const expected = calls.filter((c) => matches(c, filter));
    const summary = await summarizeCalls(db, filter);
    expect(summary.total).toBe(expected.length);
    expect(summary.billingSeconds).toBe(expected.reduce((s, c) => s + c.billing_seconds, 0));
    expect(summary.durationSeconds).toBe(expected.reduce((s, c) => s + c.duration_seconds, 0));
    expect(summary.answered).toBe(expected.filter((c) => c.status_detail === "SUCCESS").length);
    for (const status of ["SUCCESS", "CANCELLED", "BUSY", "IVR", "UNSUCCESS"] as const) {
      expect(summary.byStatus[status]).toBe(expected.filter((c) => c.status_detail === status).length);
    }
    const dids: Record<string, number> = {};
    for (const c of expected) if (c.did_number) dids[c.did_number] = (dids[c.did_number] ?? 0) + 1;
    expect(summary.byDid).toEqual(dids);
  });

  it("filters by agent, counting an internal call for both agents", async () => {
    const all = await summarizeCalls(db, parseCallFilter({ from: FROM, to: TO }));
    const [agent, count] = Object.entries(all.byAgent)[0]!;
    const filter = parseCallFilter({ from: FROM, to: TO, agent: [agent] });
    expect((await summarizeCalls(db, filter)).total).toBe(count);
    expect(count).toBe(calls.filter((c) => matches(c, filter)).length);
  });

  it("exports exactly the filtered calls as CSV with a BOM, newest first", async () => {
    const filter = parseCallFilter({ from: FROM, to: TO, direction: ["from_ab"] });
    let text = "";
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        text += chunk.toString("utf8");
        done();
      },
    });
    const { rows } = await exportCalls(db, filter, sink, { format: "csv", timeZone: "Asia/Ho_Chi_Minh" });
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(rows).toBe(calls.filter((c) => matches(c, filter)).length);
    expect(lines).toHaveLength(rows + 1);
    const utc = lines.slice(1).map((l) => l.split(",")[1]!);
    expect([...utc].sort().reverse()).toEqual(utc);
  });
});
