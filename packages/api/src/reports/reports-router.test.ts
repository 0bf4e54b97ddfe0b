// The reports router over a real database (both kinds), a real SMTP server and the real sender: validation naming
// the field, saved views as sources, "send now" delivered exactly once, failures shown on the report, audit rows.
import { testDatabaseModes } from "@antdash/db/testing";
import { TRPCError } from "@trpc/server";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpMailer } from "../outbox/mailer";
import { appRouter } from "../root";
import { type ApiCaller, type ApiFixture, openApiFixture } from "../test/api-fixture";
import { probeReportHtml } from "../test/report-html-probe";
import { type SmtpSink, startSmtpSink } from "../testing/smtp-sink";
import { createCallerFactory } from "../trpc";
import { sendDueReports } from "./report-sender";

const createCaller = createCallerFactory(appRouter);

const form = (over: Record<string, unknown> = {}) => ({
  name: "Daily calls",
  savedViewId: null,
  period: "daily" as const,
  weekday: null,
  monthDay: null,
  sendMinute: 7 * 60 + 30,
  recipients: ["boss@example.test", "lead@example.test"],
  locale: "en" as const,
  attachment: "csv" as const,
  enabled: true,
  ...over,
});

/** The refusal's code and message, or null when the call worked. */
async function refusal(call: Promise<unknown>): Promise<{ code: string; message: string } | null> {
  try {
    await call;
    return null;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe.each(testDatabaseModes())("reports router on %s", (mode) => {
  let f: ApiFixture;
  let smtp: SmtpSink;
  let supervisor: ApiCaller;
  let wakes = 0;

  beforeAll(async () => {
    f = await openApiFixture(mode, { historyDays: 3, callsPerDay: 30 });
    smtp = await startSmtpSink();
    supervisor = createCaller({
      ...f.context(f.users.supervisor),
      deliveries: { wake: () => void wakes++ },
      renderReportHtml: probeReportHtml,
    });
  }, 300_000);
  afterAll(async () => {
    await smtp?.close();
    await f?.close();
  });

  it("refuses bad input with a message naming the field", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        { recipients: ["boss@example.test", "not-an-address"] },
        /recipients\.1: "not-an-address" is not a valid e-mail address/,
      ],
      [{ recipients: [] }, /recipients: Add a recipient/],
      [{ period: "hourly" }, /period: Choose daily, weekly or monthly/],
      [{ period: "weekly" }, /weekday: Choose a weekday/],
      [{ period: "weekly", weekday: 8 }, /weekday: Choose a weekday from 1 \(Monday\) to 7 \(Sunday\)/],
      [{ period: "monthly" }, /monthDay: Choose a day of the month/],
      [{ period: "monthly", monthDay: 31 }, /monthDay: Choose a day of the month from 1 to 28/],
      [{ sendMinute: 1440 }, /sendMinute: The send time is minutes after midnight/],
      [{ locale: "fr" }, /locale: Choose vi or en/],
      [{ name: "  " }, /name: Enter a name/],
      [{ savedViewId: randomUUID() }, /savedViewId: no such saved view among yours/],
    ];
    for (const [over, message] of cases) {
      const refused = await refusal(supervisor.reports.create(form(over)));
      expect(refused, JSON.stringify(over)).toMatchObject({ code: "BAD_REQUEST" });
      expect(refused!.message, JSON.stringify(over)).toMatch(message);
    }
    expect(await supervisor.reports.list()).toEqual([]);
  });

  it("takes its criteria from one of the user's own saved views, never another user's", async () => {
    const mine = await supervisor.auth.saveView({
      name: "Inbound",
      query: "/calls?range=7d&direction=to_ab&did=02873019555",
    });
    const theirs = await f
      .caller(f.users.admin)
      .auth.saveView({ name: "Admin's", query: "/calls?direction=from_ab" });
    const report = await supervisor.reports.create(
      form({ name: "Inbound weekly", period: "weekly", weekday: 1, savedViewId: mine.id }),
    );
    expect(report).toMatchObject({
      viewName: "Inbound",
      criteria: { direction: ["to_ab"], did: ["02873019555"] },
    });
    expect(report.nextSendAt).toBeInstanceOf(Date);
    const refused = await refusal(supervisor.reports.create(form({ savedViewId: theirs.id })));
    expect(refused).toMatchObject({ code: "BAD_REQUEST" });
    expect(refused!.message).toMatch(/savedViewId/);

    // Update without savedViewId keeps the source; null makes it all calls.
    const kept = await supervisor.reports.update({
      ...form({ name: "Inbound weekly", period: "weekly", weekday: 3 }),
      id: report.id,
      savedViewId: undefined,
    });
    expect(kept).toMatchObject({ weekday: 3, viewName: "Inbound", criteria: { direction: ["to_ab"] } });
    const all = await supervisor.reports.update({ ...form({ period: "weekly", weekday: 3 }), id: report.id });
    expect(all).toMatchObject({ viewName: null, criteria: {} });
    const bad = await refusal(supervisor.reports.update({ ...form({ period: "monthly" }), id: report.id }));
    expect(bad?.message).toMatch(/monthDay/);

    await supervisor.reports.delete({ id: report.id });
    expect(await refusal(supervisor.reports.get({ id: report.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(supervisor.reports.delete({ id: report.id }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("sends now exactly once through the delivery log to a real SMTP server, and records it", async () => {
    const report = await supervisor.reports.create(form({ name: "Send-now report" }));
    const requestId = randomUUID();
    const first = await supervisor.reports.sendNow({ id: report.id, requestId });
    // The same press arriving twice (a retried request) enqueues nothing more.
    const again = await supervisor.reports.sendNow({ id: report.id, requestId });
    expect([first.queued, again.queued]).toEqual([true, false]);
    expect(wakes).toBe(2);
    expect(await supervisor.reports.deliveries({ id: report.id })).toMatchObject([
      { state: "pending", attempts: 0, requestedBy: f.users.supervisor.email },
    ]);

    const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: "Reports <reports@antdash.test>" });
    try {
      // Two senders (two processes) tick: one message.
      const handled = await Promise.all([
        sendDueReports({ db: f.db, mailer, owner: "one", renderHtml: probeReportHtml }),
        sendDueReports({ db: f.db, mailer, owner: "two", renderHtml: probeReportHtml }),
      ]);
      expect(handled[0] + handled[1]).toBe(1);
      expect(await sendDueReports({ db: f.db, mailer, owner: "three", renderHtml: probeReportHtml })).toBe(0);
    } finally {
      mailer.close();
    }
    const mails = smtp.accepted.filter((m) => m.raw.includes("Send-now report"));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to.sort()).toEqual(["boss@example.test", "lead@example.test"]);
    expect(mails[0]!.raw).toContain("Content-Type: application/pdf");
    expect(mails[0]!.raw).toContain("Content-Type: text/csv");

    const [delivery] = await supervisor.reports.deliveries({ id: report.id });
    expect(delivery).toMatchObject({
      state: "sent",
      attempts: 1,
      lastError: null,
      periodFrom: first.period.from,
    });
    expect((await supervisor.reports.get({ id: report.id })).lastDelivery?.id).toBe(delivery!.id);

    // A second press is a second mail (its own key).
    expect((await supervisor.reports.sendNow({ id: report.id, requestId: randomUUID() })).queued).toBe(true);
    expect(await supervisor.reports.deliveries({ id: report.id })).toHaveLength(2);

    const { events } = await f.caller(f.users.admin).admin.listAudit({ limit: 50 });
    const mine = events.filter((e) => (e.detail as { reportId?: string } | null)?.reportId === report.id);
    expect(mine.filter((e) => e.action === "report.create")).toHaveLength(1);
    expect(mine.filter((e) => e.action === "report.send_now")).toHaveLength(2);
    expect(mine.find((e) => e.action === "report.send_now")?.userEmail).toBe(f.users.supervisor.email);
    expect(mine.filter((e) => e.action === "report.send")).toHaveLength(1);
  }, 120_000);

  it("shows an unreachable server and a refused address on the report, retrying only what may succeed", async () => {
    const unreachable = createSmtpMailer({
      smtpUrl: "smtp://127.0.0.1:1?tls=off",
      from: "r@antdash.test",
      timeoutMs: 3_000,
    });
    const good = createSmtpMailer({ smtpUrl: smtp.url, from: "r@antdash.test" });
    try {
      const down = await supervisor.reports.create(form({ name: "Server down", attachment: "none" }));
      await supervisor.reports.sendNow({ id: down.id, requestId: randomUUID() });
      await sendDueReports({ db: f.db, mailer: unreachable, owner: "x", renderHtml: probeReportHtml });
      const [waiting] = await supervisor.reports.deliveries({ id: down.id });
      expect(waiting).toMatchObject({ state: "pending", attempts: 1 });
      expect(waiting!.lastError).toMatch(/^SMTP: .*ECONNREFUSED/);
      expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
      expect((await supervisor.reports.list()).find((r) => r.id === down.id)?.lastDelivery?.lastError).toBe(
        waiting!.lastError,
      );

      const refused = await supervisor.reports.create(
        form({ name: "Bad address", recipients: ["nobody@refused.test"], attachment: "none" }),
      );
      await supervisor.reports.sendNow({ id: refused.id, requestId: randomUUID() });
      await sendDueReports({ db: f.db, mailer: good, owner: "y", renderHtml: probeReportHtml });
      const [failed] = await supervisor.reports.deliveries({ id: refused.id });
      expect(failed).toMatchObject({ state: "failed", attempts: 1 });
      expect(failed!.lastError).toMatch(/550|no such mailbox/);
      expect(smtp.accepted.filter((m) => m.raw.includes("Bad address"))).toHaveLength(0);
    } finally {
      unreachable.close();
      good.close();
    }
  }, 120_000);

  it("previews the report through the process's renderer, with its latest period's data (supervisor+)", async () => {
    const report = await supervisor.reports.create(form({ name: "Preview me" }));
    const preview = await supervisor.reports.preview({ id: report.id });
    expect(preview.url).toBe(`/api/reports/${report.id}/preview`);
    expect(preview.period.to.getTime()).toBeLessThanOrEqual(Date.now());
    // The renderer got this report's period and its total: the one analytics.summary gives for the same range.
    const { total } = await supervisor.analytics.summary({
      filter: { from: preview.period.from, to: new Date(preview.period.to.getTime() - 1) },
    });
    expect(preview.html).toContain("<h1>Preview me</h1>");
    expect(preview.html).toContain(`data-from="${preview.period.from.toISOString()}" data-total="${total}"`);
    // A process that was given no renderer says so instead of sending something else.
    const bare = createCaller(f.context(f.users.supervisor));
    expect(await refusal(bare.reports.preview({ id: report.id }))).toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
    });
    const viewer = f.caller(f.users.viewer);
    expect(await refusal(viewer.reports.preview({ id: report.id }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(viewer.reports.sendNow({ id: report.id, requestId: randomUUID() }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await viewer.reports.list()).map((r) => r.name)).toContain("Preview me");
  });
});
