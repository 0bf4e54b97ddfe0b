// The alerts router over a real database (both kinds): who may do what, input errors naming the field, the signing
// key never answered after saving, and the "last week" preview against a hand-computed small dataset.
import { AntringClient } from "@antdash/antring-core";
import { insertCalls, toCallRow } from "@antdash/db";
import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_KPI_SETTINGS } from "../admin/settings";
import { listAudit } from "../audit/audit";
import { createUser } from "../auth/users";
import type { SessionUser, TvPrincipal } from "../context";
import { appRouter } from "../root";
import { TEST_PASSWORD } from "../test/api-fixture";
import { createCallerFactory } from "../trpc";
import { callBack, missedCall } from "../test/missed-call-records";
import { evaluateAlerts } from "./evaluate-alerts";

const createCaller = createCallerFactory(appRouter);
const MINUTE = 60_000;
const DAY = 86_400_000;
// 2026-11-20 03:00 UTC = Friday 10:00 in Asia/Ho_Chi_Minh: the end of the previewed week.
const T = Date.UTC(2026, 10, 20, 3, 0, 0);

const backlogRule = { kind: "backlog" as const, threshold: 0, windowMinutes: 60 };

describe.each(testDatabaseModes())("alerts router on %s", (mode) => {
  let db: TestDatabase;
  let users: Record<"admin" | "supervisor" | "viewer", SessionUser>;
  const as = (user: SessionUser | null, tv: TvPrincipal | null = null) =>
    createCaller({
      db,
      // Never called by these procedures.
      antring: new AntringClient({ baseUrl: "http://127.0.0.1:9", appId: "x", appSecret: "y" }),
      user,
      tv,
      timeZone: "Asia/Ho_Chi_Minh",
      kpi: DEFAULT_KPI_SETTINGS,
      ip: "127.0.0.1",
    });

  beforeAll(async () => {
    db = await openTestDatabase(mode);
    const make = async (role: SessionUser["role"]) => {
      const v = await createUser(db, {
        email: `${role}@example.test`,
        name: role,
        role,
        password: TEST_PASSWORD,
      });
      return { id: v.id, email: v.email, name: v.name, role: v.role, locale: v.locale };
    };
    users = {
      admin: await make("admin"),
      supervisor: await make("supervisor"),
      viewer: await make("viewer"),
    };
    // A: missed on the Tuesday before T at 10:02 local, called back at 10:32. B: missed the day before T at
    // 10:07 local, never called back.
    await insertCalls(db, [
      toCallRow(missedCall("0901000001", T - 3 * DAY + 2 * MINUTE), "fp:a-missed:0", db.timeZone),
      toCallRow(callBack("0901000001", T - 3 * DAY + 32 * MINUTE), "fp:a-back:0", db.timeZone),
      toCallRow(missedCall("0901000002", T - DAY + 7 * MINUTE), "fp:b-missed:0", db.timeZone),
    ]);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("previews a rule on the week before `to`, step by step, as the live evaluation would have behaved", async () => {
    const started = performance.now();
    const preview = await as(users.supervisor).alerts.preview({
      rule: backlogRule,
      to: new Date(T),
      stepMinutes: 5,
    });
    const ms = performance.now() - started;
    console.log(
      `preview of 7 days every 5 min (${preview.evaluations} readings) on ${mode}: ${Math.round(ms)} ms`,
    );
    expect(preview.evaluations).toBe(7 * 288);
    // A waits from 10:02 (seen at 10:05) until its call back at 10:32 (seen at 10:35): 30 minutes.
    // B waits from 10:07 (seen at 10:10) until `to`, still in the last 24 hours: 1440 − 10 minutes.
    expect(preview.intervals).toEqual([
      { start: new Date(T - 3 * DAY + 5 * MINUTE), end: new Date(T - 3 * DAY + 35 * MINUTE) },
      { start: new Date(T - DAY + 10 * MINUTE), end: null },
    ]);
    expect(preview.fired).toBe(2);
    expect(preview.firingMinutes).toBe(30 + 1430);
  });

  it("reads the rule only in its business hours, keeping the state between them", async () => {
    // 10:00–10:30 local every day: read at 10:00, 10:05 … 10:25 (the first day from 10:05, the last at 10:00 only).
    const preview = await as(users.admin).alerts.preview({
      rule: { ...backlogRule, businessHours: { days: [1, 2, 3, 4, 5, 6, 7], start: 600, end: 630 } },
      to: new Date(T),
      stepMinutes: 5,
    });
    expect(preview.evaluations).toBe(5 + 6 * 6 + 1);
    // A is called back at 10:32, after hours: it recovers at the next reading, 10:00 the next day.
    expect(preview.intervals).toEqual([
      { start: new Date(T - 3 * DAY + 5 * MINUTE), end: new Date(T - 2 * DAY) },
      { start: new Date(T - DAY + 10 * MINUTE), end: null },
    ]);
    expect(preview.firingMinutes).toBe(1435 + 1430);
  });

  it("lets admins create, update and delete rules, audited; supervisors read; viewers and strangers cannot", async () => {
    const input = {
      name: "Backlog over 3",
      kind: "backlog" as const,
      threshold: 3,
      windowMinutes: 60,
      emails: ["ops@example.test"],
      webhookUrl: "https://hooks.example.test/T000/B000/XXXX",
    };
    const created = await as(users.admin).alerts.create(input);
    expect(created.generatedSecret).toMatch(/^[\w-]{32}$/);
    expect(created.rule).toMatchObject({ name: "Backlog over 3", webhookSecretSet: true, hasWebhook: true });
    const id = created.rule.id;
    // The key is never answered again; the URL (it may hold a token) goes to admins only.
    const asAdmin = await as(users.admin).alerts.get({ id });
    expect(JSON.stringify(asAdmin)).not.toContain(created.generatedSecret!);
    expect(asAdmin.webhookUrl).toBe(input.webhookUrl);
    const asSupervisor = await as(users.supervisor).alerts.get({ id });
    expect(asSupervisor).toMatchObject({ webhookUrl: null, hasWebhook: true, webhookSecretSet: true });
    const list = await as(users.supervisor).alerts.rules();
    expect(list.map((r) => r.id)).toContain(id);
    expect(JSON.stringify(list)).not.toContain(created.generatedSecret!);

    // A key of the admin's own is not answered either.
    const own = await as(users.admin).alerts.create({
      ...input,
      name: "Own key",
      webhookSecret: "my-own-key-0123456789",
    });
    expect(own.generatedSecret).toBeNull();
    expect(JSON.stringify(await as(users.admin).alerts.rules())).not.toContain("my-own-key-0123456789");

    const refuse = async (call: Promise<unknown>) =>
      (
        (await call.then(
          () => null,
          (e: unknown) => e,
        )) as TRPCError
      )?.code;
    expect(await refuse(as(users.supervisor).alerts.create(input))).toBe("FORBIDDEN");
    expect(await refuse(as(users.supervisor).alerts.update({ ...input, id }))).toBe("FORBIDDEN");
    expect(await refuse(as(users.supervisor).alerts.delete({ id }))).toBe("FORBIDDEN");
    expect(await refuse(as(users.viewer).alerts.rules())).toBe("FORBIDDEN");
    expect(await refuse(as(users.viewer).alerts.firing())).toBe("FORBIDDEN");
    expect(await refuse(as(null).alerts.history({}))).toBe("UNAUTHORIZED");

    const updated = await as(users.admin).alerts.update({
      ...input,
      id,
      threshold: 5,
      webhookSecret: "rotated-key-0123456789",
    });
    expect(updated).toMatchObject({ threshold: 5, webhookSecretSet: true });
    expect(JSON.stringify(updated)).not.toContain("rotated-key");
    await as(users.admin).alerts.delete({ id });
    expect(await refuse(as(users.admin).alerts.get({ id }))).toBe("NOT_FOUND");

    const audit = (await listAudit(db, { limit: 50 })).events.filter((e) =>
      e.action.startsWith("alert_rule."),
    );
    expect(audit.map((e) => e.action)).toEqual([
      "alert_rule.delete",
      "alert_rule.update",
      "alert_rule.create",
      "alert_rule.create",
    ]);
    expect(audit[1]!.userEmail).toBe("admin@example.test");
    expect(audit[1]!.detail).toMatchObject({ ruleId: id, threshold: 5, secretChanged: true });
    for (const e of audit)
      expect(JSON.stringify(e.detail)).not.toMatch(/rotated-key|my-own-key|hooks\.example/);
    await as(users.admin).alerts.delete({ id: own.rule.id });
  });

  it("refuses bad input with a message naming the field", async () => {
    const message = async (input: unknown) => {
      const error = await as(users.admin)
        .alerts.create(input as never)
        .then(
          () => null,
          (e: unknown) => e as TRPCError,
        );
      expect(error?.code).toBe("BAD_REQUEST");
      return error!.message;
    };
    const good = { name: "x", kind: "abandon_rate", threshold: 10, windowMinutes: 30 };
    expect(await message({ ...good, kind: "nope" })).toMatch(/^kind: /);
    expect(await message({ ...good, windowMinutes: 1 })).toMatch(/^windowMinutes: /);
    expect(await message({ ...good, emails: ["not an address"] })).toMatch(/^emails\.0: Enter valid e-mail/);
    expect(await message({ ...good, webhookUrl: "ftp://x.test/" })).toMatch(
      /^webhookUrl: Enter an http\(s\) URL/,
    );
    expect(await message({ ...good, webhookSecret: "short" })).toMatch(/^webhookSecret: Use at least 16/);
    expect(await message({ ...good, businessHours: { days: [1], start: 600, end: 500 } })).toMatch(
      /^businessHours\.end: The end is before the start/,
    );
    const preview = await as(users.admin)
      .alerts.preview({ rule: backlogRule, to: new Date(T), stepMinutes: 7 })
      .then(
        () => null,
        (e: unknown) => e as TRPCError,
      );
    expect(preview?.message).toMatch(/^stepMinutes: /);
  });

  it("clears a rule's business hours when they are sent as null (they used to be kept)", async () => {
    const hours = { days: [1, 2, 3, 4, 5], start: 480, end: 1020 };
    const { rule } = await as(users.admin).alerts.create({
      name: "Hours",
      ...backlogRule,
      businessHours: hours,
    });
    expect(rule.businessHours).toEqual(hours);
    const { id, name, kind, threshold, windowMinutes } = rule;
    const cleared = await as(users.admin).alerts.update({
      id,
      name,
      kind,
      threshold,
      windowMinutes,
      businessHours: null,
    });
    expect(cleared.businessHours).toBeNull();
    expect((await as(users.admin).alerts.get({ id })).businessHours).toBeNull();
    await as(users.admin).alerts.delete({ id });
  });

  it("shows what fires now, its history a page at a time, and failed notifications with their error", async () => {
    const { rule } = await as(users.admin).alerts.create({
      name: "Waiting callers",
      ...backlogRule,
      emails: ["ops@example.test"],
    });
    // B still waits at T: the rule fires; no SMTP is configured for the sender here, so the e-mail waits.
    expect((await evaluateAlerts(db, new Date(T))).fired).toBe(1);
    const firing = await as(users.supervisor).alerts.firing();
    expect(firing).toEqual([
      expect.objectContaining({ id: rule.id, name: "Waiting callers", value: 1, since: new Date(T) }),
    ]);
    // The wall screen's board carries it (a display token reads the wallboard only), without recipients.
    const wall = await as(null, { displayId: "wall", name: "Wall", locale: "vi" }).wallboard.snapshot();
    expect(wall.alerts).toEqual(firing);
    expect(JSON.stringify(wall)).not.toContain("ops@example.test");
    // A past day's board does not: the firing state is known as of now only.
    expect((await as(users.supervisor).wallboard.snapshot({ at: new Date(T) })).alerts).toEqual([]);
    await insertCalls(db, [toCallRow(callBack("0901000002", T + MINUTE), "fp:b-back:0", db.timeZone)]);
    expect((await evaluateAlerts(db, new Date(T + 5 * MINUTE))).recovered).toBe(1);
    expect(await as(users.supervisor).alerts.firing()).toEqual([]);

    const first = await as(users.supervisor).alerts.history({ limit: 1, ruleId: rule.id });
    expect(first.events.map((e) => e.kind)).toEqual(["recovered"]);
    const second = await as(users.supervisor).alerts.history({
      limit: 1,
      ruleId: rule.id,
      cursor: first.nextCursor!,
    });
    expect(second.events.map((e) => e.kind)).toEqual(["fired"]);
    expect(second.nextCursor).toBeNull();

    const { sendDueAlerts } = await import("./alert-sender");
    await sendDueAlerts({ db, mailer: null, owner: "t", now: () => new Date(T + 6 * MINUTE) });
    const problems = await as(users.supervisor).alerts.deliveries({ ruleId: rule.id, problemsOnly: true });
    expect(problems).toHaveLength(2);
    for (const d of problems) {
      expect(d).toMatchObject({
        channel: "email",
        target: "ops@example.test",
        state: "pending",
        attempts: 1,
      });
      expect(d.lastError).toMatch(/SMTP_URL/);
    }
  });
});
