// Runs one sync in its own process so its peak RSS is measured alone; prints one JSON line.
// BENCH_PROFILE=1 also prints, on stderr, the time per kind of statement, the fetch time and peak memory.
// BENCH_SYNC_OPTIONS='{"batchSize":20000}' passes options to syncRange (to compare settings).
import { AntringClient } from "@antdash/antring-core";
import { openDatabase } from "@antdash/db";
import { syncRange, type SyncRangeOptions } from "@antdash/sync";
import { profileQueries, sampleMemory } from "./sync-profile";

const [baseUrl, appId, appSecret, from, to, dataDir, databaseUrl] = process.argv.slice(2);
const profiling = process.env.BENCH_PROFILE === "1";
const options = JSON.parse(process.env.BENCH_SYNC_OPTIONS ?? "{}") as Partial<SyncRangeOptions>;
const db = await openDatabase({ dataDir, databaseUrl: databaseUrl || undefined });
const queries = profiling ? profileQueries(db) : null;
const memory = profiling ? sampleMemory() : null;
let fetchMs = 0;
let requests = 0;
const timedFetch: typeof fetch = async (input, init) => {
  const started = performance.now();
  const response = await fetch(input, init);
  const body = await response.text();
  fetchMs += performance.now() - started;
  requests++;
  return new Response(body, { status: response.status, headers: response.headers });
};
const client = new AntringClient({
  baseUrl: baseUrl!,
  appId: appId!,
  appSecret: appSecret!,
  ...(profiling ? { fetch: timedFetch } : {}),
});
const started = performance.now();
const result = await syncRange({ ...options, db, client, from: new Date(from!), to: new Date(to!) });
const elapsedMs = performance.now() - started;
if (profiling) {
  const profile = {
    elapsedMs: Math.round(elapsedMs),
    requests,
    fetchMsSummedOverRequests: Math.round(fetchMs),
    statements: queries!(),
    peak: memory!(),
  };
  process.stderr.write(`sync profile (${db.mode}): ${JSON.stringify(profile, null, 1)}\n`);
}
await db.close();
process.stdout.write(
  `${JSON.stringify({ elapsedMs, calls: result.callsSeen, written: result.callsWritten, maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
