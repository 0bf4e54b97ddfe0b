import {
  type CallSummary,
  createReportSchedule,
  createSmtpMailer,
  enqueueDueReports,
  listDeliveries,
  type ReportSenderOptions,
  sendDueReports,
  updateReportSchedule,
  type ReportScheduleInput,
} from "@antdash/api";
import { KPI_GLOSSARY } from "@antdash/api/labels";
import { attachmentOf, type SmtpSink, startSmtpSink, syncFromSimulator } from "@antdash/api/testing";
import { formatDuration, KPI_GLOSSARY_KEYS, kpiSpecs } from "@antdash/dashboard-ui";
import { renderReportHtml } from "@antdash/dashboard-ui/print";
import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { type Database, openDatabase } from "@antdash/db";
import { testDatabaseConfig, testDatabaseModes } from "@antdash/db/testing";
import { execFile, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MAIN = join(import.meta.dirname, "main.ts");
const MINUTE = 60_000;
const DAY = 86_400_000;
// 2026-11-20 10:00 UTC = 17:00 in Asia/Ho_Chi_Minh. A daily report's period is the local day before its send day.
const NOW = Date.UTC(2026, 10, 20, 10, 0, 0);
const PERIOD_FROM = "2026-11-18T17:00:00.000Z";
const PERIOD_LAST_MS = "2026-11-19T16:59:59.999Z";
const run = promisify(execFile);

/** The sender as the apps wire it: the dashboard's print view as the report's document. */
const send = (opts: Omit<ReportSenderOptions, "renderHtml">) =>
  sendDueReports({ ...opts, renderHtml: renderReportHtml });

/**
 * The overview's KPI cards as the English PDF must print them, from `pnpm cli report --format json`: each card's
 * glossary name, then its value (counts grouped, rates in % to one decimal, durations in words).
 */
function expectedCards(summary: CallSummary): [string, string][] {
  const count = new Intl.NumberFormat("en-US");
  const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });
  return kpiSpecs({}, { shortAbandonSeconds: 5 }).map((spec) => {
    const name = KPI_GLOSSARY.find((e) => e.key === KPI_GLOSSARY_KEYS[spec.id])!.name.en;
    const value = spec.value(summary);
    const shown =
      value === null
        ? "—"
        : spec.kind === "rate"
          ? percent.format(value)
          : spec.kind === "duration"
            ? formatDuration(value, { hours: "h", minutes: "min", seconds: "s" })
            : count.format(value);
    return [name, shown];
  });
}

/** A regular expression matching `text` whatever line breaks the PDF put between its words. */
const pattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

/** The PDF's text without what differs between two renderings of one range: the report's name, when it was made. */
const comparable = (text: string) =>
  text.replace(/^Call report: .*$/m, "Call report").replace(/Generated [^\n]*/, "Generated");

const daily = (
  name: string,
  sendMinute: number,
  recipients = ["boss@example.test"],
): ReportScheduleInput => ({
  name,
  period: "daily",
  sendMinute,
  recipients,
  locale: "en",
  attachment: "csv",
});

function cli(args: string[], env: Record<string, string>) {
  return spawn(process.execPath, ["--import", "tsx", MAIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

const exited = (child: ReturnType<typeof cli>) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(child.exitCode)
      : child.on("exit", resolve),
  );

/** Runs `pnpm cli deliver --once` to its end; its stderr is in the result so a failure says why. */
async function deliverOnce(env: Record<string, string>) {
  const child = cli(["deliver", "--once", "--lease-seconds", "20"], env);
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await exited(child);
  return { code, stderr };
}

async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "antdash-pdf-"));
  try {
    await writeFile(join(dir, "r.pdf"), pdf);
    // -raw: the content stream's order, i.e. the document's (each KPI card's label, then its value).
    return (await run("pdftotext", ["-raw", join(dir, "r.pdf"), "-"])).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe.each(testDatabaseModes())("scheduled reports by e-mail on the %s database", (mode) => {
  let sim: RunningSimulator;
  let smtp: SmtpSink;
  let db: Database;
  let env: Record<string, string>;
  let remove: () => Promise<void>;
  const mailer = () => createSmtpMailer({ smtpUrl: smtp.url, from: "Reports <reports@antdash.test>" });
  /** The text of the first test's mailed PDF (the daily report of PERIOD_FROM's day). */
  let mailedText = "";

  beforeAll(async () => {
    sim = await startSimulator({ seed: 11, historyDays: 6, callsPerDay: 150, now: () => NOW });
    smtp = await startSmtpSink();
    const target = await testDatabaseConfig(mode, { migrated: true });
    remove = target.remove;
    db = await openDatabase({ ...target.config, timeZone: "Asia/Ho_Chi_Minh" });
    await syncFromSimulator(sim, {
      db,
      from: new Date(NOW - 5 * DAY),
      to: new Date(NOW),
      now: () => new Date(NOW),
    });
    env = {
      ...("dataDir" in target.config
        ? { DATA_DIR: target.config.dataDir }
        : { DATABASE_URL: target.config.databaseUrl }),
      TZ: "Asia/Ho_Chi_Minh",
      SMTP_URL: smtp.url,
      MAIL_FROM: "Reports <reports@antdash.test>",
    };
    // The first run after a new migration builds the migrated template database: minutes on a busy machine.
  }, 300_000);
  afterAll(async () => {
    await db?.close();
    await remove?.();
    await smtp?.close();
    await sim?.close();
  });

  it("mails a daily report once when its time comes, with the period's KPIs of `pnpm cli report --format json`", async () => {
    const report = await createReportSchedule(db, daily("Daily", 17 * 60 + 5), null, new Date(NOW));
    const tick = async (at: number, owner: string) => {
      await enqueueDueReports(db, new Date(at));
      return send({ db, mailer: mailer(), owner, now: () => new Date(at) });
    };
    expect(await tick(NOW, "a")).toBe(0);
    expect(smtp.accepted).toHaveLength(0);
    // Two instances tick at the same moment after the send time: one sends.
    const [a, b] = await Promise.all([tick(NOW + 6 * MINUTE, "a"), tick(NOW + 6 * MINUTE, "b")]);
    expect(a + b).toBe(1);
    await tick(NOW + 7 * MINUTE, "b");
    await tick(NOW + DAY - MINUTE, "a");
    expect(smtp.accepted).toHaveLength(1);
    const [mail] = smtp.accepted;
    expect(mail!.to).toEqual(["boss@example.test"]);
    expect(mail!.raw).toContain("Content-Type: text/csv");

    const [delivery] = await listDeliveries(db, { reportId: report.id }, 10);
    expect(delivery).toMatchObject({ state: "sent", attempts: 1, incomplete: false });
    expect(delivery!.periodFrom!.toISOString()).toBe(PERIOD_FROM);

    const json = await new Promise<string>((resolve, reject) => {
      const child = cli(["report", "--format", "json", "--from", PERIOD_FROM, "--to", PERIOD_LAST_MS], env);
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`cli exited ${code}`))));
    });
    const summary = JSON.parse(json) as CallSummary;
    expect(summary.total).toBeGreaterThan(50);
    const text = await pdfText(attachmentOf(mail!.raw, "application/pdf")!);
    mailedText = text;
    // The cards sit between the total and the first chart ("Direction"); each label is followed by its value.
    const cards = text.slice(text.indexOf("Total calls"), text.indexOf("Direction"));
    const expectLine = (label: string, value: string) =>
      expect(cards).toMatch(new RegExp(`${pattern(label)}\\s+${pattern(value)}\\s`));
    expectLine("Total calls", new Intl.NumberFormat("en-US").format(summary.total));
    const wanted = expectedCards(summary);
    expect(wanted).toHaveLength(10);
    for (const [label, value] of wanted) expectLine(label, value);
    // Labels are the glossary's words, never the summary's keys.
    expect(text).not.toMatch(/inbound\.serviceLevel|kpis\./);
    expect(text).toMatch(/Page 1 of \d/);
    await updateReportSchedule(
      db,
      report.id,
      { ...daily("Daily", 17 * 60 + 5), enabled: false },
      new Date(NOW),
    );
  });

  it("still mails exactly once when the process about to send is killed and restarted", async () => {
    const report = await createReportSchedule(db, daily("Crash", 17 * 60 + 10), null, new Date(NOW));
    expect(await enqueueDueReports(db, new Date(NOW + 11 * MINUTE))).toBe(1);
    // Off from now on, so the child's own ticks (real clock) add nothing; the enqueued period still goes out.
    await updateReportSchedule(
      db,
      report.id,
      { ...daily("Crash", 17 * 60 + 10), enabled: false },
      new Date(NOW),
    );
    const before = smtp.accepted.length;
    smtp.hold(true);
    // A lease far longer than a loaded machine can take to render the PDF: the claim must still hold at the kill.
    const first = cli(["deliver", "--once", "--lease-seconds", "600"], env);
    await smtp.dataHeld();
    first.kill("SIGKILL");
    await exited(first);
    smtp.hold(false);
    // The dead sender's claim holds until its lease runs out: a sender looking now finds nothing to send.
    const [claimed] = await listDeliveries(db, { reportId: report.id }, 1);
    expect(claimed).toMatchObject({ state: "sending", attempts: 1 });
    expect(await send({ db, mailer: mailer(), owner: "other", now: () => new Date() })).toBe(0);
    expect(smtp.accepted.length).toBe(before);
    // The lease runs out (moved to the past rather than waited for), then a restarted sender sends it; one more
    // finds nothing.
    await db.pool.query(
      `UPDATE deliveries SET lease_until = now() - interval '1 second' WHERE report_id = $1 AND state = 'sending'`,
      [report.id],
    );
    expect(await deliverOnce(env)).toMatchObject({ code: 0 });
    expect(await deliverOnce(env)).toMatchObject({ code: 0 });
    expect(smtp.accepted.length).toBe(before + 1);
    const [delivery] = await listDeliveries(db, { reportId: report.id }, 10);
    expect(delivery).toMatchObject({ state: "sent", attempts: 2 });
  });

  it("keeps failures on the report's log: unreachable SMTP retries later, a refused address fails, the rest is sent", async () => {
    const at = NOW + 12 * MINUTE;
    const down = await createReportSchedule(db, daily("Down", 17 * 60 + 11), null, new Date(NOW));
    await enqueueDueReports(db, new Date(at));
    const unreachable = createSmtpMailer({
      smtpUrl: "smtp://127.0.0.1:1?tls=off",
      from: "r@antdash.test",
      timeoutMs: 2_000,
    });
    await send({ db, mailer: unreachable, owner: "x", now: () => new Date(at) });
    const [waiting] = await listDeliveries(db, { reportId: down.id }, 5);
    expect(waiting).toMatchObject({ state: "pending", attempts: 1 });
    expect(waiting!.lastError).toMatch(/SMTP/);
    expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(at);
    await updateReportSchedule(
      db,
      down.id,
      { ...daily("Down", 17 * 60 + 11), enabled: false },
      new Date(NOW),
    );

    const refused = await createReportSchedule(
      db,
      daily("Refused", 17 * 60 + 11, ["nobody@refused.test"]),
      null,
      new Date(NOW),
    );
    const mixed = await createReportSchedule(
      db,
      daily("Mixed", 17 * 60 + 11, ["nobody@refused.test", "boss@example.test"]),
      null,
      new Date(NOW),
    );
    await enqueueDueReports(db, new Date(at));
    const before = smtp.accepted.length;
    await send({ db, mailer: mailer(), owner: "y", now: () => new Date(at) });
    const [failed] = await listDeliveries(db, { reportId: refused.id }, 5);
    expect(failed).toMatchObject({ state: "failed", attempts: 1 });
    expect(failed!.lastError).toMatch(/no such mailbox|550/);
    const [partly] = await listDeliveries(db, { reportId: mixed.id }, 5);
    expect(partly).toMatchObject({ state: "sent" });
    expect(partly!.lastError).toContain("nobody@refused.test");
    expect(smtp.accepted.length).toBe(before + 1);
    // The unreachable server's report goes out once the server answers again (after its backoff).
    await send({ db, mailer: mailer(), owner: "y", now: () => new Date(at + 10 * MINUTE) });
    const [recovered] = await listDeliveries(db, { reportId: down.id }, 5);
    expect(recovered).toMatchObject({ state: "sent", attempts: 2 });
    expect(smtp.accepted.length).toBe(before + 2);
  });

  it("writes the same PDF with `pnpm cli report --format pdf --out FILE`", async () => {
    const dir = await mkdtemp(join(tmpdir(), "antdash-cli-pdf-"));
    try {
      const out = join(dir, "report.pdf");
      const child = cli(
        ["report", "--format", "pdf", "--out", out, "--from", PERIOD_FROM, "--to", PERIOD_LAST_MS],
        env,
      );
      expect(await exited(child)).toBe(0);
      const pdf = await readFile(out);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const text = await pdfText(pdf);
      expect(text).toMatch(/Total calls\s+[\d,]+/);
      // The mailed daily report of the same range holds the same text (page numbers included).
      expect(mailedText).toContain("Page 1 of");
      expect(comparable(text)).toBe(comparable(mailedText));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
