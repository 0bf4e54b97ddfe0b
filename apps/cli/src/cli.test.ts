import { AntringClient, type CallRecord } from "@antdash/antring-core";
import { appRouter, type CallFilterInput, createCallerFactory, DEFAULT_KPI_SETTINGS } from "@antdash/api";
import { openpyxlAvailable, readXlsx, simulatorClient, tableOf } from "@antdash/api/testing";
import { openDatabase } from "@antdash/db";
import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { testDatabaseModes } from "@antdash/db/testing";
import ExcelJS from "exceljs";
import { hostname, userInfo } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliTestEnvironment, runCli } from "./test/run-cli";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 10, 0, 0);
const FROM = new Date(NOW - 92 * DAY).toISOString();
const TO = new Date(NOW).toISOString();

function totalsOf(calls: readonly CallRecord[]) {
  const byDirection: Record<string, number> = { from_ab: 0, to_ab: 0 };
  const byStatus: Record<string, number> = { SUCCESS: 0, CANCELLED: 0, BUSY: 0, IVR: 0, UNSUCCESS: 0 };
  const byDid: Record<string, number> = {};
  let billingSeconds = 0;
  let durationSeconds = 0;
  for (const c of calls) {
    byDirection[c.direction]!++;
    byStatus[c.status_detail]!++;
    if (c.did_number) byDid[c.did_number] = (byDid[c.did_number] ?? 0) + 1;
    billingSeconds += c.billing_seconds;
    durationSeconds += c.duration_seconds;
  }
  return { total: calls.length, byDirection, byStatus, byDid, billingSeconds, durationSeconds };
}

const createApiCaller = createCallerFactory(appRouter);
type ViewerApi = ReturnType<typeof createApiCaller>;

function viewerApi(db: Awaited<ReturnType<typeof openDatabase>>): ViewerApi {
  return createApiCaller({
    db,
    antring: new AntringClient({ baseUrl: "http://127.0.0.1:9", appId: "x", appSecret: "x" }),
    user: { id: "cli-test", email: "viewer@example.test", name: "Viewer", role: "viewer", locale: "en" },
    tv: null,
    timeZone: "Asia/Ho_Chi_Minh",
    kpi: DEFAULT_KPI_SETTINGS,
    ip: "127.0.0.1",
  });
}

async function listAll(api: ViewerApi, range: { from: string | Date; to: string | Date }) {
  const rows = [];
  let cursor: string | undefined;
  do {
    const page = await api.callbacks.list({
      filter: { from: new Date(range.from), to: new Date(range.to) },
      sort: { column: "first_missed_at", direction: "asc" },
      limit: 200,
      cursor,
    });
    rows.push(...page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

/** The report's callbacks object computed here from the listed cases (median: mean of the two middle values). */
async function callbackTotalsFromList(api: ViewerApi, range: { from: string | Date; to: string | Date }) {
  const cases = await listAll(api, range);
  const toReach = cases
    .filter((c) => c.reachedAt !== null)
    .map((c) => (c.reachedAt!.getTime() - c.firstMissedAt.getTime()) / 1000)
    .sort((a, b) => a - b);
  const half = Math.floor(toReach.length / 2);
  const median =
    toReach.length === 0
      ? null
      : toReach.length % 2
        ? toReach[half]!
        : (toReach[half - 1]! + toReach[half]!) / 2;
  return {
    opened: cases.length,
    reached: cases.filter((c) => c.status === "reached").length,
    open: cases.filter((c) => c.status === "open").length,
    medianSecondsToReach: median,
  };
}

describe.each(testDatabaseModes())("pnpm cli on the %s database", (mode) => {
  let sim: RunningSimulator;
  let dataDir: string;
  let removeDatabase: () => Promise<void>;
  let env: Record<string, string>;
  let upstream: ReturnType<typeof totalsOf>;
  let databaseConfig: { dataDir: string } | { databaseUrl: string };

  beforeAll(async () => {
    sim = await startSimulator({ seed: 7, historyDays: 100, callsPerDay: 80, now: () => NOW });
    upstream = totalsOf(sim.dataset.callsBetween(Date.parse(FROM), Date.parse(TO)));
    // A migrated, empty database of its own; the CLI opens it as a user's would (DATA_DIR or DATABASE_URL).
    const target = await cliTestEnvironment(mode, sim);
    ({ env, dataDir, remove: removeDatabase, databaseConfig } = target);
  });
  afterAll(async () => {
    await sim.close();
    await removeDatabase();
  });

  const report = async () => {
    const r = await runCli(["report", "--from", FROM, "--to", TO, "--format", "json"], env);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Record<string, unknown>;
  };

  it("a sync killed with SIGKILL part-way, then run again, ends with exactly the upstream totals", async () => {
    sim.setFaults({ latencyMs: 40 });
    let killedAfterProgress = false;
    const killed = await runCli(["sync", "--from", FROM, "--to", TO, "--concurrency", "1"], env, {
      onStderr: (line, kill) => {
        const m = /^sync: (\d+)\/\d+ windows, (\d+) calls/.exec(line);
        if (m && Number(m[1]) >= 1 && Number(m[2]) > 0 && !killedAfterProgress) {
          killedAfterProgress = true;
          kill();
        }
      },
    });
    sim.setFaults({ latencyMs: 0 });
    expect(killedAfterProgress).toBe(true);
    expect(killed.code).toBeNull(); // died by signal

    const resumed = await runCli(["sync", "--from", FROM, "--to", TO], env);
    expect(resumed.stderr).not.toMatch(/error/);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/already done/);
    expect(await report()).toMatchObject(upstream);
  });

  it("report --format json gives exactly the upstream totals, and a second sync changes nothing", async () => {
    const again = await runCli(["sync", "--from", FROM, "--to", TO], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/\(0 new\)/);
    const summary = await report();
    expect(summary).toMatchObject(upstream);
    expect(summary).toHaveProperty("answerRate");
    expect(summary).toHaveProperty("avgTalkSeconds");
    expect(summary).toHaveProperty("avgWaitSeconds");
    expect(Object.keys(summary.byAgent as object).length).toBeGreaterThan(3);
  });

  it("applies filters the same way for report and export (CSV with BOM, XLSX)", async () => {
    const filter = ["--from", FROM, "--to", TO, "--direction", "to_ab", "--status", "SUCCESS,CANCELLED"];
    const r = await runCli(["report", ...filter, "--format", "json"], env);
    const summary = JSON.parse(r.stdout) as { total: number; byDirection: Record<string, number> };
    expect(summary.byDirection.from_ab).toBe(0);
    expect(summary.total).toBeGreaterThan(0);

    const csv = await runCli(["export", ...filter, "--format", "csv"], env);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith("\uFEFF")).toBe(true);
    const lines = csv.stdout.trim().split("\n");
    expect(lines.length - 1).toBe(summary.total);
    expect(lines.slice(1).every((l) => l.includes(",to_ab,"))).toBe(true);

    const out = join(dataDir, "calls.xlsx");
    const xlsx = await runCli(["export", ...filter, "--out", out], env);
    expect(xlsx.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet("Calls")!.actualRowCount - 1).toBe(summary.total);
  });

  it.skipIf(!openpyxlAvailable())(
    "export keeps machine keys by default and takes --labels vi|en (read back with openpyxl)",
    async () => {
      const week = ["--from", new Date(NOW - 7 * DAY).toISOString(), "--to", TO];
      const total = (
        (await runCli(["report", ...week, "--format", "json"], env).then((r): unknown =>
          JSON.parse(r.stdout),
        )) as {
          total: number;
        }
      ).total;
      expect(total).toBeGreaterThan(100);

      const machine = await runCli(["export", ...week], env);
      expect(machine.stdout.split("\n")[0]).toBe(
        "\uFEFFtime (Asia/Ho_Chi_Minh),time_utc,direction,status_detail,class,caller,caller_username,callee," +
          "callee_username,did_number,duration_seconds,billing_seconds,wait_seconds,recording",
      );
      const vi = await runCli(["export", ...week, "--labels", "vi"], env);
      const viHeader = vi.stdout.split("\n")[0]!.split(",");
      expect(viHeader).toEqual(
        expect.arrayContaining(["Chiều", "Trạng thái", "Loại", "direction", "status_detail"]),
      );
      expect(vi.stdout).toContain(",Gọi vào,Đã trả lời,Trung kế,");

      const plain = join(dataDir, "week.xlsx");
      expect((await runCli(["export", ...week, "--out", plain], env)).code).toBe(0);
      const machineBook = await readXlsx(plain);
      expect(machineBook.warnings).toEqual([]);
      expect(machineBook.sheets[0]!.name).toBe("Calls");
      expect(machineBook.sheets[0]!.rows[0]!.slice(0, 4).map((c) => c.v)).toEqual([
        "time (Asia/Ho_Chi_Minh)",
        "time_utc",
        "direction",
        "status_detail",
      ]);

      const labelled = join(dataDir, "week-en.xlsx");
      expect((await runCli(["export", ...week, "--out", labelled, "--labels", "en"], env)).code).toBe(0);
      const book = await readXlsx(labelled);
      expect(book.warnings).toEqual([]);
      const [sheet] = book.sheets;
      expect(sheet!.name).toBe("Calls");
      expect(sheet!.freeze).toBe("A2");
      expect(sheet!.filter).toMatch(new RegExp(`^A1:[A-Z]+${total + 1}$`));
      const rows = tableOf(sheet!);
      expect(rows).toHaveLength(total);
      for (const row of rows) {
        const time = row["Time (Asia/Ho_Chi_Minh)"]!;
        const local = new Date(Date.parse(row.time_utc!.v as string) + 7 * 3_600_000)
          .toISOString()
          .slice(0, 19);
        expect(time).toMatchObject({ t: "datetime", v: local });
        expect(row["Duration (h:mm:ss)"]).toMatchObject({ t: "timedelta", v: row["Duration (s)"]!.v });
        if (row.direction!.v === "to_ab") expect(row.Direction!.v).toBe("Inbound");
        if (row.status_detail!.v === "SUCCESS") expect(row.Status!.v).toBe("Answered");
      }
    },
    // Five CLI runs, each a process of its own.
    480_000,
  );

  it("report --format json equals the API's analytics.summary and analytics.breakdown for the same filter", async () => {
    const agent = Object.keys(((await report()) as { byAgent: Record<string, number> }).byAgent)[0]!;
    // Mid-day bounds, so the rollups' edges are read from the raw calls too; the last one is routed to raw calls.
    const from = new Date(NOW - 40 * DAY + 5 * 3_600_000 + 17_000);
    const to = new Date(NOW - 3 * DAY - 7 * 3_600_000);
    const cases: Array<{
      flags: string[];
      filter: CallFilterInput & { from: string | Date; to: string | Date };
    }> = [
      { flags: [], filter: { from: FROM, to: TO } },
      {
        flags: ["--direction", "to_ab", "--status", "SUCCESS,CANCELLED"],
        filter: { from: FROM, to: TO, direction: ["to_ab"], status: ["SUCCESS", "CANCELLED"] },
      },
      { flags: ["--agent", agent], filter: { from, to, agent: [agent] } },
      {
        flags: ["--number", "09", "--min-duration", "10"],
        filter: { from, to, number: "09", minDurationSeconds: 10 },
      },
    ];
    // Opened first: on the embedded database each CLI process then attaches to this one instead of starting PGlite.
    const db = await openDatabase(databaseConfig);
    try {
      const api = createCallerFactory(appRouter)({
        db,
        antring: simulatorClient(sim),
        user: { id: "cli-test", email: "viewer@example.test", name: "Viewer", role: "viewer", locale: "en" },
        tv: null,
        timeZone: "Asia/Ho_Chi_Minh",
        kpi: DEFAULT_KPI_SETTINGS,
        ip: "127.0.0.1",
      });
      for (const { flags, filter } of cases) {
        const range = [
          "--from",
          new Date(filter.from).toISOString(),
          "--to",
          new Date(filter.to).toISOString(),
        ];
        const r = await runCli(["report", ...range, ...flags, "--format", "json"], env);
        expect(r.code).toBe(0);
        const { timeZone, breakdowns, callbacks, ...summary } = JSON.parse(r.stdout) as Record<
          string,
          unknown
        >;
        expect(callbacks).toHaveProperty("opened"); // checked against the cases in the callbacks test below
        expect(timeZone).toBe("Asia/Ho_Chi_Minh");
        const fromApi = await api.analytics.summary({ filter });
        expect(fromApi.total).toBeGreaterThan(0);
        expect(summary).toEqual(fromApi);
        for (const dimension of ["direction", "status", "class", "did", "agent"] as const) {
          const { rows } = await api.analytics.breakdown({ filter, dimension });
          expect((breakdowns as Record<string, unknown>)[dimension]).toEqual(rows);
        }
      }
    } finally {
      await db.close();
    }
  });

  it("callbacks --format json lists the API's cases with the contract's keys; report's callbacks summarizes them", async () => {
    const db = await openDatabase(databaseConfig);
    try {
      const api = viewerApi(db);
      const from = new Date(NOW - 30 * DAY).toISOString();
      const r = await runCli(["callbacks", "--from", from, "--to", TO, "--format", "json"], env);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const printed = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
      const listed = await listAll(api, { from, to: TO });
      expect(printed.length).toBeGreaterThan(10);
      expect(printed.map((c) => c.number)).toEqual(listed.map((c) => c.number));
      for (const [i, c] of printed.entries()) {
        const l = listed[i]!;
        expect(c).toMatchObject({
          number: l.number,
          firstMissedAt: l.firstMissedAt.toISOString(),
          lastMissedAt: l.lastMissedAt.toISOString(),
          missedCount: l.missedCount,
          attempts: l.attempts,
          status: l.status,
          reachedAt: l.reachedAt?.toISOString() ?? null,
          reachedBy: l.reachedBy,
        });
        expect(c.number).toMatch(/^\+84\d{9,10}$/);
      }
      const open = await runCli(
        ["callbacks", "--from", from, "--to", TO, "--status", "open", "--format", "json"],
        env,
      );
      expect((JSON.parse(open.stdout) as unknown[]).length).toBe(
        printed.filter((c) => c.status === "open").length,
      );
      const bad = await runCli(["callbacks", "--from", from, "--to", TO, "--status", "later"], env);
      expect(bad.code).toBe(2);
      const reportR = await runCli(["report", "--from", from, "--to", TO, "--format", "json"], env);
      expect((JSON.parse(reportR.stdout) as { callbacks: unknown }).callbacks).toEqual(
        await callbackTotalsFromList(api, { from, to: TO }),
      );
    } finally {
      await db.close();
    }
  });

  it("records each export in the audit trail: the operating-system user, the format and the filter", async () => {
    const db = await openDatabase(databaseConfig);
    try {
      const r = await runCli(
        ["export", "--from", FROM, "--to", TO, "--did", "19006868", "--format", "csv"],
        env,
      );
      expect(r.code).toBe(0);
      const { rows } = await db.pool.query<{
        user_id: string | null;
        cli_user: string;
        detail: { format: string; filter: { did: string[]; from: string } };
      }>(
        "SELECT user_id, cli_user, detail FROM audit_events WHERE action = 'export' ORDER BY at DESC LIMIT 1",
      );
      expect(rows[0]).toMatchObject({
        user_id: null,
        cli_user: `${userInfo().username}@${hostname()}`,
        detail: { kind: "calls", format: "csv", filter: { did: ["19006868"], from: FROM } },
      });
    } finally {
      await db.close();
    }
  });

  it("refuses bad arguments with one clear line and exit code 2", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["report", "--from", FROM, "--to", TO, "--status", "MISSED"], /--status: unknown value "MISSED"/],
      [["report", "--from", TO, "--to", FROM], /--to is before --from/],
      [["report", "--from", "2026-13-45", "--to", TO], /--from: "2026-13-45" is not a date/],
      [["sync", "--from", "yesterday", "--to", TO], /--from: "yesterday" is not a date/],
      [["frobnicate"], /unknown command "frobnicate"/],
      [["export", "--from", FROM, "--to", TO, "--labels", "fr"], /--labels: expected vi or en, not "fr"/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args, env);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(2);
    }
  });
});
