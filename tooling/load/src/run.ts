// `pnpm bench` (load part, issues 7 and 16): on the embedded database and (when Debian's PostgreSQL is installed)
// on PostgreSQL, a year's backfill runs through the whole load while signed-in users read the overview and the
// call list: first a saturation run (every user sends the next request as soon as the last answered: how many
// requests/s the two pages take), then an open-model run (each user sends a request every LOAD_OPEN_MEAN_MS on
// average, Poisson: the latency people see at that load). Every number is printed beside its target.
// Env: LOAD_SECONDS (30 per run), LOAD_USERS (50), LOAD_OPEN_MEAN_MS (5000), LOAD_UNLOADED_SECONDS (20),
// LOAD_CALLS_PER_DAY (2500), LOAD_DATABASES ("embedded,postgres"). The app's ANTDASH_READ_CACHE=off is passed on.
import { spawnSync } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { startApp } from "./app-under-load";
import { startBackfill } from "./backfill-under-load";
import { loadEnv } from "./env";
import { openModel, quantile } from "./open-model";
import { signInCookie, trpcCall, trpcQueryUrl } from "./sign-in";
import { atLeast, atMost, holds, type Verdict } from "./targets";

const DEMO_ADMIN = { email: "admin@example.com", password: "demo-admin-password" };
const { seconds: SECONDS, users: USERS, databases: DATABASES } = loadEnv;
const POSTGRES_SCRIPT = path.resolve(import.meta.dirname, "../../../.ci/postgres.sh");
const DAY = 86_400_000;
/** Issue 16's targets for the load part. */
const TARGET = { saturationRps: 150, openP50Ms: 150, openP99Ms: 500, backfillShare: 0.5 };

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

async function loadOn(database: string, databaseUrl?: string): Promise<Verdict[]> {
  console.log(
    `\n== ${database}: starting the app (demo mode, 7 days synced first, ${loadEnv.callsPerDay} calls a weekday)`,
  );
  const app = await startApp({
    demoDays: 7,
    simulatorArgs: `--history-days 400 --calls-per-day ${loadEnv.callsPerDay}`,
    ...(databaseUrl && { databaseUrl }),
  });
  try {
    const admin = await signInCookie(app.base, DEMO_ADMIN);
    const now = Date.now();
    const week = { from: new Date(now - 7 * DAY).toISOString(), to: new Date(now).toISOString() };
    const weekTotal = await until("the first sync", 600_000, async () => {
      const status = await trpcCall<{ running: unknown }>(app.base, admin, "sync.status", undefined);
      const summary = await trpcCall<{ total: number }>(app.base, admin, "analytics.summary", {
        filter: week,
      });
      return status.running === null && summary.total > 500 ? summary.total : undefined;
    });
    const cookies: string[] = [];
    for (let i = 0; i < USERS; i++) cookies.push(await signInCookie(app.base, DEMO_ADMIN));
    const overviewUrl = trpcQueryUrl(app.base, "analytics.overview", { filter: week });
    const listUrl = trpcQueryUrl(app.base, "calls.list", {
      filter: week,
      sort: { column: "started_at", direction: "desc" },
      limit: 50,
    });

    const backfill = await startBackfill(app.base, admin, loadEnv.unloadedSeconds);
    console.log(
      `${weekTotal} calls in the week read; backfill of a year started: ${backfill.unloadedRate.toFixed(0)} calls/s ` +
        `unloaded (over ${loadEnv.unloadedSeconds} s)`,
    );
    const writtenBefore = await backfill.cached();
    const loadStarted = performance.now();

    console.log(
      `saturation: ${USERS} users, each sending the next request as soon as the last answered, ${SECONDS} s…`,
    );
    const half = Math.ceil(USERS / 2);
    const [overview, list] = await Promise.all([
      hammer("analytics.overview", overviewUrl, cookies.slice(0, half)),
      hammer("calls.list", listUrl, cookies.slice(half)),
    ]);
    console.log(
      `open model: ${USERS} users, each a request every ${loadEnv.openMeanMs / 1000} s on average (Poisson), ${SECONDS} s…`,
    );
    const open = await openModel({
      urls: [overviewUrl, listUrl],
      cookies,
      meanGapMs: loadEnv.openMeanMs,
      durationMs: SECONDS * 1000,
    });
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const stillRunning = await backfill.running();
    const writtenAfter = await backfill.cached();

    console.log("saturation           users  requests  errors  non-2xx  timeouts  p50 ms  p99 ms  req/s");
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
    const saturationRps = overview.requests.average + list.requests.average;
    const saturationFailures = overview.errors + overview.non2xx + list.errors + list.non2xx;
    const openP50 = quantile(open.latenciesMs, 0.5);
    const openP99 = quantile(open.latenciesMs, 0.99);
    console.log(
      `open model: ${open.requests} requests (${(open.requests / SECONDS).toFixed(1)}/s), ${open.errors} errors, ` +
        `p50 ${openP50.toFixed(0)} ms, p99 ${openP99.toFixed(0)} ms`,
    );
    const loadedRate = (writtenAfter - writtenBefore) / loadSeconds;
    console.log(
      `backfill: ${writtenAfter - writtenBefore} calls written during the ${loadSeconds.toFixed(0)} s ` +
        `of load (${loadedRate.toFixed(0)} calls/s against ${backfill.unloadedRate.toFixed(0)} unloaded); ` +
        `still running at the end: ${stillRunning}`,
    );
    const verdicts = [
      atLeast(`${database}: saturation, both pages`, saturationRps, TARGET.saturationRps, "req/s"),
      atMost(`${database}: saturation, failed requests`, saturationFailures, 0, ""),
      atMost(`${database}: open model p50`, openP50, TARGET.openP50Ms, "ms"),
      atMost(`${database}: open model p99`, openP99, TARGET.openP99Ms, "ms"),
      atMost(`${database}: open model errors`, open.errors, 0, ""),
      holds(
        `${database}: backfill ran through the whole load`,
        stillRunning,
        stillRunning ? "yes" : "no (it ended early)",
      ),
      atLeast(
        `${database}: backfill rate under load / unloaded`,
        // Over a run that ended early the rate is not comparable; without an unloaded rate there is nothing to keep.
        stillRunning && backfill.unloadedRate > 0 ? (100 * loadedRate) / backfill.unloadedRate : Number.NaN,
        100 * TARGET.backfillShare,
        "%",
      ),
    ];
    for (const verdict of verdicts) console.log(verdict.line);
    return verdicts;
  } finally {
    await app.stop();
  }
}

const all: Verdict[] = [];
for (const database of DATABASES) {
  if (database === "embedded") {
    all.push(...(await loadOn("embedded")));
  } else if (database === "postgres") {
    const started = spawnSync(POSTGRES_SCRIPT, [loadEnv.postgresPort], { encoding: "utf8" });
    if (started.status !== 0) {
      console.log(`\n== postgres: skipped (no PostgreSQL could be started: ${started.stderr.trim()})`);
      continue;
    }
    try {
      all.push(...(await loadOn("postgres", started.stdout.trim())));
    } finally {
      spawnSync(POSTGRES_SCRIPT, ["stop", loadEnv.postgresPort]);
    }
  }
}
console.log("\n== load part, every row beside its target");
for (const verdict of all) console.log(verdict.line);
if (all.some((v) => !v.pass)) process.exitCode = 1;
