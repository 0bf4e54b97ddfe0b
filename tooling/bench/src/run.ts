// pnpm bench: every number printed beside its baseline from the same run, on this machine.
import { type Database, openDatabase } from "@antdash/db";
import { startTestPostgres } from "@antdash/db/testing";
import { parseCallFilter, summarizeCalls } from "@antdash/api";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bareSequentialFetch } from "./bare-fetch";
import { benchOverview } from "./analytics-bench";
import { benchCallbacks } from "./callbacks-bench";
import { benchCallList } from "./call-list-bench";
import { benchExports } from "./export-bench";
import { fillToMillion, loadColumns } from "./fill-million";
import { runJsonChild, startSimulatorProcess } from "./processes";
import { fmt, line, p50, verdict } from "./report-format";

const DAY = 86_400_000;
const APP_ID = "bench-app";
const APP_SECRET = "bench-secret";
const CALLS_PER_DAY = Number(process.env.BENCH_CALLS_PER_DAY ?? 2500);
const DAYS = Number(process.env.BENCH_DAYS ?? 100);

const LATENCIES_MS = (process.env.BENCH_LATENCIES_MS ?? "0,20").split(",").map(Number);
/** Which parts to run (all by default): sync, report, overview, list, callbacks, export. */
const SECTIONS = new Set(
  (process.env.BENCH_SECTIONS ?? "sync,report,overview,list,callbacks,export")
    .split(",")
    .map((s) => s.trim()),
);
const at1M = ["report", "overview", "list", "callbacks", "export"].some((s) => SECTIONS.has(s));

/** The sections that bench each 1M-call database in turn: their heading, then one run per database. */
const BENCHES_AT_1M: ReadonlyArray<{
  section: string;
  heading: string;
  bench: (m: MillionDatabase) => Promise<void>;
}> = [
  {
    section: "overview",
    heading:
      "\n== Analytics overview over 1M cached calls (issue 4: p50 <= 100 ms on PostgreSQL, <= 300 ms embedded,\n" +
      "   and >= 10x faster than the same numbers by plain GROUP BY over the raw calls) ==\n" +
      "overview = summary + previous period + every breakdown + time series, through the tRPC caller\n",
    bench: (m) => benchOverview(m.db, m.range, m.db.mode === "postgres" ? 100 : 300),
  },
  {
    section: "list",
    heading:
      "\n== Call list over 1M cached calls (issue 4: a page of 50 rows, p50 <= 50 ms for any filter and sort) ==\n" +
      "calls.list through the tRPC caller; a first page also counts the total when the rollups can\n",
    bench: (m) => benchCallList(m.db, m.range),
  },
  {
    section: "callbacks",
    heading:
      "\n== Call-backs over 1M cached calls (issue 13: a customer's calls p50 <= 20 ms whatever the sort) ==\n" +
      "calls.list by a whole number (normalized index), the Call-backs page, its KPIs and repeat callers\n",
    bench: (m) => benchCallbacks(m.db, m.range),
  },
  {
    section: "export",
    heading: "\n== Exports of all 1M cached calls (issue 4: memory stays flat), each in its own process ==",
    bench: (m) => benchExports(m.into, m.range),
  },
];

const simArgs = [
  "--port",
  "0",
  "--seed",
  "2026",
  "--calls-per-day",
  String(CALLS_PER_DAY),
  "--history-days",
  String(DAYS),
];
const simEnv = { ANTRING_APP_ID: APP_ID, ANTRING_APP_SECRET: APP_SECRET };
const sim = await startSimulatorProcess(simArgs, simEnv);
const pg = await startTestPostgres();
const dataDir = await mkdtemp(join(tmpdir(), "antdash-bench-"));
try {
  // A range that ended a day ago: settled history, identical for every reader in this run.
  const to = new Date(Date.now() - DAY);
  const from = new Date(to.getTime() - (DAYS - 1) * DAY);
  console.log(`AntRing simulator in its own process, ${CALLS_PER_DAY} calls per weekday, ${DAYS - 1} days\n`);

  // Warm the simulator's day cache so neither side pays for generating the data.
  await bareSequentialFetch(sim.url, APP_ID, APP_SECRET, from, to);
  const targets: Array<{ name: string; dataDir: string; url: string }> = [
    { name: "embedded (PGlite)", dataDir: join(dataDir, "embedded"), url: "" },
  ];
  if (pg) targets.push({ name: "PostgreSQL 15", dataDir: join(dataDir, "pg"), url: "postgres" });
  else console.log("PostgreSQL binaries not found: PostgreSQL rows skipped (apt-get install postgresql)\n");

  const filled = new Map<string, { dataDir: string; url: string }>(); // the first filled database of each target
  if (SECTIONS.has("sync")) {
    console.log(
      "== Sync (issue 16: <= 2x a bare sequential fetch of the same pages without latency, <= 0.5x with it;",
    );
    console.log("   peak memory of the embedded sync <= 600 MiB) ==");
    console.log(
      "The simulator runs on loopback; 'added latency' models the round trip to the real AntRing host.\n",
    );
  }
  // Without the sync section, one plain sync per database (no latency) fills it for the sections at 1M.
  for (const latencyMs of SECTIONS.has("sync") ? LATENCIES_MS : at1M ? [0] : []) {
    const server =
      latencyMs === 0
        ? sim
        : await startSimulatorProcess([...simArgs, "--latency-ms", String(latencyMs)], simEnv);
    if (latencyMs !== 0) await bareSequentialFetch(server.url, APP_ID, APP_SECRET, from, to);
    try {
      for (const t of targets) {
        const bare = await bareSequentialFetch(server.url, APP_ID, APP_SECRET, from, to);
        const into = { dataDir: `${t.dataDir}-${latencyMs}`, url: t.url && (await pg!.createDatabase()) };
        filled.set(t.name, filled.get(t.name) ?? into);
        await runJsonChild("tooling/bench/src/create-database-child.ts", [into.dataDir, into.url]);
        const sync = await runJsonChild<{
          elapsedMs: number;
          calls: number;
          written: number;
          maxRssKb: number;
        }>("tooling/bench/src/sync-child.ts", [
          server.url,
          APP_ID,
          APP_SECRET,
          from.toISOString(),
          to.toISOString(),
          into.dataDir,
          into.url,
        ]);
        if (sync.calls !== bare.calls)
          throw new Error(`sync saw ${sync.calls} calls, the bare fetch ${bare.calls}`);
        if (!SECTIONS.has("sync")) continue;
        console.log(`-- ${t.name}, added latency ${latencyMs} ms per request`);
        line(
          `  bare sequential fetch (${bare.pages} pages)`,
          `${fmt(bare.calls)} calls in ${(bare.elapsedMs / 1000).toFixed(2)}s = ${fmt((bare.calls * 1000) / bare.elapsedMs)} calls/s`,
        );
        line(
          `  sync into ${t.name}`,
          `${fmt(sync.written)} calls in ${(sync.elapsedMs / 1000).toFixed(2)}s = ${fmt((sync.calls * 1000) / sync.elapsedMs)} calls/s`,
        );
        // Without latency the sync is bound by its own writes; with it, it must overlap its requests.
        const target = latencyMs === 0 ? 2 : 0.5;
        const ratio = sync.elapsedMs / bare.elapsedMs;
        line(
          `  ratio sync / bare fetch (target <= ${target.toFixed(2)})`,
          `${ratio.toFixed(2)} ${verdict(ratio <= target)}`,
        );
        const rssMiB = sync.maxRssKb / 1024;
        line(
          `  peak RSS of the sync (database created before)${t.url ? "" : " (target <= 600 MiB)"}`,
          `${fmt(rssMiB)} MiB${t.url ? "" : ` ${verdict(rssMiB <= 600)}`}`,
        );
      }
    } finally {
      if (server !== sim) await server.stop();
    }
  }

  if (at1M) await atOneMillion(targets, filled);
} finally {
  await sim.stop();
  await pg?.stop();
  await rm(dataDir, { recursive: true, force: true });
}

interface MillionDatabase {
  name: string;
  db: Database;
  into: { dataDir: string; url: string };
  range: { from: Date; to: Date };
  rebuildMs: number;
}

/** The sections over 1M cached calls: each target's first synced database, grown to 1M calls. */
async function atOneMillion(
  targets: ReadonlyArray<{ name: string }>,
  filled: ReadonlyMap<string, { dataDir: string; url: string }>,
): Promise<void> {
  console.log("\n== 1M cached calls: the synced calls copied with new keys, shifted back by whole weeks ==");
  // Kept open for every section at 1M (an embedded database is served by this process; export children attach).
  const millions: MillionDatabase[] = [];
  try {
    for (const t of targets) {
      const into = filled.get(t.name)!;
      const db = await openDatabase({ dataDir: into.dataDir, databaseUrl: into.url || undefined });
      await loadColumns(db);
      const { calls: n, rebuildMs, casesMs } = await fillToMillion(db);
      const { rows } = await db.pool.query<{ lo: Date; hi: Date }>(
        "SELECT min(started_at) AS lo, max(started_at) AS hi FROM calls",
      );
      const filter = parseCallFilter({ from: rows[0]!.lo, to: rows[0]!.hi });
      millions.push({ name: t.name, db, into, range: { from: filter.from, to: filter.to }, rebuildMs });
      line(
        `${t.name}: ${fmt(n)} calls`,
        `rebuildRollups after the bulk copy ${(rebuildMs / 1000).toFixed(1)} s, call-back cases ${(casesMs / 1000).toFixed(1)} s`,
      );
    }

    if (SECTIONS.has("report")) {
      console.log("\n== report (pnpm cli report: summarizeCalls) over 1M cached calls ==");
      for (const m of millions) {
        const filter = parseCallFilter(m.range);
        const samples: number[] = [];
        let total = 0;
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          total = (await summarizeCalls(m.db, filter)).total;
          samples.push(performance.now() - started);
        }
        line(
          `report, all ${fmt(total)} calls, ${m.name}`,
          `p50 ${fmt(p50(samples))} ms (min ${fmt(Math.min(...samples))})`,
        );
      }
    }

    for (const { section, heading, bench } of BENCHES_AT_1M) {
      if (!SECTIONS.has(section)) continue;
      console.log(heading);
      for (const m of millions) {
        console.log(`-- ${m.name}`);
        await bench(m);
      }
    }
  } finally {
    for (const m of millions) await m.db.close();
  }
}
