import { insertCalls, toCallRow } from "@antdash/db";
import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpMailer } from "../outbox/mailer";
import { listDeliveries } from "../outbox/outbox";
import { createAlertRule } from "./alert-rules";
import { webhookSignature, sendDueAlerts, WEBHOOK_SIGNATURE_HEADER } from "./alert-sender";
import { callBack, missedCall } from "@antdash/antring-core/testing";
import { evaluateAlerts, listAlertEvents } from "./evaluate-alerts";
import { type SmtpSink, startSmtpSink } from "../testing/smtp-sink";

// 2026-11-20 03:00 UTC = 10:00 on a Friday in Asia/Ho_Chi_Minh.
const T = Date.UTC(2026, 10, 20, 3, 0, 0);
const MINUTE = 60_000;

interface Hook {
  path: string;
  body: string;
  signature: string | undefined;
}

describe.each(testDatabaseModes())("alerts on %s", (mode) => {
  let db: TestDatabase;
  let web: Server;
  let smtp: SmtpSink;
  let webUrl: string;
  const hooks: Hook[] = [];
  /** The recipients of each accepted mail. */
  const mails = () => smtp.accepted.map((m) => m.to.join(","));

  beforeAll(async () => {
    db = await openTestDatabase(mode);
    web = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        if (req.url === "/hang") return; // never answers
        hooks.push({
          path: req.url!,
          body,
          signature: req.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()] as string,
        });
        res.statusCode = req.url === "/fail" ? 500 : 200;
        res.end("ok");
      });
    });
    await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
    webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    web?.closeAllConnections();
    await new Promise((resolve) => web?.close(resolve));
    await smtp?.close();
    await db?.dispose();
  });

  it("notifies once when a rule starts firing and once when it recovers, by signed webhook and e-mail", async () => {
    const { rule, webhookSecret } = await createAlertRule(
      db,
      {
        name: "Backlog",
        kind: "backlog",
        threshold: 2,
        windowMinutes: 60,
        emails: ["ops@example.test"],
        webhookUrl: `${webUrl}/ok`,
      },
      null,
    );
    const numbers = ["0901000001", "0901000002", "0901000003"];
    await insertCalls(
      db,
      numbers.map((n, i) =>
        toCallRow(missedCall(n, T - 30 * MINUTE + i * 1000), `fp:alert-missed-${i}:0`, db.timeZone),
      ),
    );
    const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: "alerts@antdash.test" });
    const send = (at: number) => sendDueAlerts({ db, mailer, owner: "t", now: () => new Date(at) });

    // Two processes evaluating at once record one transition.
    const both = await Promise.all([evaluateAlerts(db, new Date(T)), evaluateAlerts(db, new Date(T))]);
    expect(both.reduce((n, r) => n + r.fired, 0)).toBe(1);
    expect((await evaluateAlerts(db, new Date(T + MINUTE))).fired).toBe(0);
    await send(T + MINUTE);
    await send(T + 2 * MINUTE);
    expect(hooks.filter((h) => h.path === "/ok")).toHaveLength(1);
    expect(mails()).toEqual(["ops@example.test"]);

    await insertCalls(
      db,
      numbers
        .slice(0, 2)
        .map((n, i) =>
          toCallRow(callBack(n, T + 2 * MINUTE + i * 1000), `fp:alert-back-${i}:0`, db.timeZone),
        ),
    );
    expect(await evaluateAlerts(db, new Date(T + 3 * MINUTE))).toEqual({ fired: 0, recovered: 1 });
    expect(await evaluateAlerts(db, new Date(T + 4 * MINUTE))).toEqual({ fired: 0, recovered: 0 });
    await send(T + 4 * MINUTE);
    const ok = hooks.filter((h) => h.path === "/ok");
    expect(ok).toHaveLength(2);
    for (const hook of ok) expect(hook.signature).toBe(webhookSignature(hook.body, webhookSecret));
    const bodies = ok.map((h) => JSON.parse(h.body) as { text: string; event: string; rule: { id: string } });
    expect(bodies.map((b) => b.event)).toEqual(["fired", "recovered"]);
    expect(bodies[0]!.text).toMatch(/^\[FIRING\] Backlog/);
    expect(bodies[1]!.rule.id).toBe(rule.id);
    expect(mails()).toHaveLength(2);
    expect((await listAlertEvents(db, 10, rule.id)).map((e) => e.kind)).toEqual(["recovered", "fired"]);
  });

  it("keeps a webhook answering 500 or hanging on the log and retries it; the rest is delivered", async () => {
    hooks.length = 0;
    const rules = await Promise.all(
      ["fail", "hang", "ok"].map((path) =>
        createAlertRule(
          db,
          {
            name: `Many ${path}`,
            kind: "backlog",
            threshold: 0,
            windowMinutes: 60,
            webhookUrl: `${webUrl}/${path}`,
          },
          null,
        ),
      ),
    );
    const at = T + 10 * MINUTE;
    await insertCalls(db, [
      toCallRow(missedCall("0901000009", at - MINUTE), "fp:alert-missed-9:0", db.timeZone),
    ]);
    expect((await evaluateAlerts(db, new Date(at))).fired).toBe(3);
    await sendDueAlerts({ db, mailer: null, owner: "t", now: () => new Date(at), webhookTimeoutMs: 500 });
    const eventsOf = async (ruleId: string) => (await listAlertEvents(db, 5, ruleId)).map((e) => e.id);
    const stateOf = async (i: number) =>
      (await listDeliveries(db, { alertEventIds: await eventsOf(rules[i]!.rule.id) }, 5))[0]!;
    expect(await stateOf(0)).toMatchObject({
      state: "pending",
      attempts: 1,
      lastError: "webhook answered HTTP 500",
    });
    expect(await stateOf(1)).toMatchObject({
      state: "pending",
      attempts: 1,
      lastError: "webhook did not answer in time",
    });
    expect(await stateOf(2)).toMatchObject({ state: "sent", attempts: 1 });
    expect(hooks.filter((h) => h.path === "/ok")).toHaveLength(1);
    // Retried after the backoff, not before.
    await sendDueAlerts({
      db,
      mailer: null,
      owner: "t",
      now: () => new Date(at + 1000),
      webhookTimeoutMs: 500,
    });
    expect((await stateOf(0)).attempts).toBe(1);
    await sendDueAlerts({
      db,
      mailer: null,
      owner: "t",
      now: () => new Date(at + MINUTE),
      webhookTimeoutMs: 500,
    });
    expect((await stateOf(0)).attempts).toBe(2);
    expect(hooks.filter((h) => h.path === "/fail")).toHaveLength(2);
    expect(hooks.filter((h) => h.path === "/ok")).toHaveLength(1);
  });
});
