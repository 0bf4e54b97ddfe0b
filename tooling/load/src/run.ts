// `pnpm bench` (load part, issue 7): 50 signed-in users hit the overview and the call list for 30 s while a
// backfill runs, on the embedded database and (when Debian's PostgreSQL is installed) on PostgreSQL.
// Prints requests, errors and p50/p99 latency per endpoint. Env: LOAD_SECONDS (30), LOAD_USERS (50),
// LOAD_DATABASES ("embedded,postgres").
import { spawnSync } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { startApp } from "./app-under-load";
import { loadEnv } from "./env";
import { signInCookie, trpcCall, trpcQueryUrl } from "./sign-in";

const DEMO_ADMIN = { email: "admin@example.com", password: "demo-admin-password" };
const { seconds: SECONDS, users: USERS, databases: DATABASES } = loadEnv;
const POSTGRES_SCRIPT = path.resolve(import.meta.dirname, "../../../.ci/postgres.sh");
const DAY = 86_400_000;

interface SyncStatus {
  running: { kind: string; callsWritten: number } | null;
}

async function until<T>(what: string, timeoutMs: number, get: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await get().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function hammer(title: string, url: string, cookies: string[]): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    title,
    url,
    connections: cookies.length,
    duration: SECONDS,
    timeout: 30,
    // Each connection is one signed-in user with a session of its own.
    setupClient: (client) => client.setHeaders({ cookie: cookies[next++ % cookies.length]! }),
  });
}

async function loadOn(database: string, databaseUrl?: string): Promise<void> {
  console.log(`\n== ${database}: starting the app (demo mode, 7 days synced first)`);
  const app = await startApp({ demoDays: 7, ...(databaseUrl && { databaseUrl }) });
  try {
    const admin = await signInCookie(app.base, DEMO_ADMIN);
    const now = Date.now();
    const week = { from: new Date(now - 7 * DAY).toISOString(), to: new Date(now).toISOString() };
    await until("the first sync", 300_000, async () => {
      const status = await trpcCall<SyncStatus>(app.base, admin, "sync.status", undefined);
      const summary = await trpcCall<{ total: number }>(app.base, admin, "analytics.summary", { filter: week });
      return status.running === null && summary.total > 500 ? summary.total : undefined;
    });
    // The backfill that runs under the load: 60 older days, fetched from the simulator while users read.
    const backfill = { from: new Date(now - 68 * DAY).toISOString(), to: new Date(now - 8 * DAY).toISOString() };
    await until("starting the backfill", 60_000, () =>
      trpcCall(app.base, admin, "sync.startBackfill", backfill, "mutation"),
    );
    const cookies: string[] = [];
    for (let i = 0; i < USERS; i++) cookies.push(await signInCookie(app.base, DEMO_ADMIN));
    const before = await trpcCall<{ total: number }>(app.base, admin, "analytics.summary", { filter: backfill });

    console.log(`${USERS} users for ${SECONDS} s while the backfill runs…`);
    const half = Math.ceil(USERS / 2);
    const [overview, list] = await Promise.all([
      hammer("analytics.overview", trpcQueryUrl(app.base, "analytics.overview", { filter: week }), cookies.slice(0, half)),
      hammer(
        "calls.list",
        trpcQueryUrl(app.base, "calls.list", { filter: week, sort: { column: "started_at", direction: "desc" }, limit: 50 }),
        cookies.slice(half),
      ),
    ]);
    const status = await trpcCall<SyncStatus>(app.base, admin, "sync.status", undefined);
    const after = await trpcCall<{ total: number }>(app.base, admin, "analytics.summary", { filter: backfill });

    console.log(`backfill: ${after.total - before.total} calls written during the load; still running: ${status.running !== null}`);
    console.log("endpoint             users  requests  errors  non-2xx  timeouts  p50 ms  p99 ms  req/s");
    for (const [name, result, users] of [
      ["analytics.overview", overview, half],
      ["calls.list", list, USERS - half],
    ] as const) {
      console.log(
        `${name.padEnd(20)} ${String(users).padStart(5)} ${String(result.requests.total).padStart(9)} ` +
          `${String(result.errors).padStart(7)} ${String(result.non2xx).padStart(8)} ${String(result.timeouts).padStart(9)} ` +
          `${String(result.latency.p50).padStart(7)} ${String(result.latency.p99).padStart(7)} ${result.requests.average.toFixed(1).padStart(6)}`,
      );
    }
    const failures = overview.errors + overview.non2xx + list.errors + list.non2xx;
    console.log(failures === 0 ? "PASS: 0 errors" : `MISS: ${failures} failed requests`);
    if (failures > 0) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

for (const database of DATABASES) {
  if (database === "embedded") {
    await loadOn("embedded");
  } else if (database === "postgres") {
    const started = spawnSync(POSTGRES_SCRIPT, ["55441"], { encoding: "utf8" });
    if (started.status !== 0) {
      console.log(`\n== postgres: skipped (no PostgreSQL could be started: ${started.stderr.trim()})`);
      continue;
    }
    try {
      await loadOn("postgres", started.stdout.trim());
    } finally {
      spawnSync(POSTGRES_SCRIPT, ["stop", "55441"]);
    }
  }
}
