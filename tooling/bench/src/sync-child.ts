// Runs one sync in its own process so its peak RSS is measured alone; prints one JSON line.
import { AntringClient } from "@antdash/antring-core";
import { openDatabase } from "@antdash/db";
import { syncRange } from "@antdash/sync";

const [baseUrl, appId, appSecret, from, to, dataDir, databaseUrl] = process.argv.slice(2);
const db = await openDatabase({ dataDir, databaseUrl: databaseUrl || undefined });
const client = new AntringClient({ baseUrl: baseUrl!, appId: appId!, appSecret: appSecret! });
const started = performance.now();
const result = await syncRange({ db, client, from: new Date(from!), to: new Date(to!) });
const elapsedMs = performance.now() - started;
await db.close();
process.stdout.write(
  `${JSON.stringify({ elapsedMs, calls: result.callsSeen, written: result.callsWritten, maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
