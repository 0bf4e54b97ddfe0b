// Runs one export of every cached call in its own process, so its memory is measured alone; prints one JSON line.
// The database is the bench's: an embedded one is served by the bench process, which this one attaches to.
import { exportCalls, parseCallFilter } from "@antdash/api";
import { openDatabase } from "@antdash/db";
import { Writable } from "node:stream";

const [format, dataDir, databaseUrl, from, to] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const db = await openDatabase({ dataDir, databaseUrl: databaseUrl || undefined });
const MiB = 1024 * 1024;
let bytes = 0;
// Bytes are counted and dropped: the cost measured is reading the calls and encoding them, not a disk.
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    bytes += chunk.length;
    done();
  },
});
const peak = { rss: 0, heap: 0 };
/** Memory as the export goes: `bytes` written so far tells how far it is. */
const samples: Array<{ bytes: number; rssMiB: number; heapMiB: number }> = [];
const sample = () => {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.heap = Math.max(peak.heap, heapUsed);
  return { bytes, rssMiB: rss / MiB, heapMiB: heapUsed / MiB };
};
const before = sample();
const timer = setInterval(() => samples.push(sample()), 200);
const started = performance.now();
// XLSX as the web serves it to a supervisor (labelled in Vietnamese, machine columns beside); CSV with machine keys.
const result = await exportCalls(db, parseCallFilter({ from, to }), sink, {
  format: format as "csv" | "xlsx",
  timeZone: "Asia/Ho_Chi_Minh",
  labels: format === "xlsx" ? "vi" : undefined,
});
const elapsedMs = performance.now() - started;
clearInterval(timer);
samples.push(sample());
await db.close();
process.stdout.write(
  `${JSON.stringify({ rows: result.rows, bytes, elapsedMs, before, peakRssMiB: peak.rss / MiB, peakHeapMiB: peak.heap / MiB, samples })}\n`,
);
