// A valid sample input and the access level of every procedure of appRouter: the authorization matrix calls each
// as every kind of caller, and the input fuzzing mutates the samples. A procedure without an entry fails both.
import { DEFAULT_THRESHOLDS } from "../admin/settings";
import { createTvDisplay } from "../admin/tv-displays";
import { createAlertRule } from "../alerts/alert-rules";
import type { Role } from "../auth/roles";
import { createUser } from "../auth/users";
import { createReportSchedule } from "../reports/report-schedules";
import { type ApiFixture, DAY, NOW, TEST_PASSWORD } from "./api-fixture";

/**
 * Calls the procedure at this dotted path ("admin.listUsers") of a tRPC caller, and rejects as it does; a
 * subscription answers with a stream, which is left at once.
 */
export async function callProcedure(caller: unknown, path: string, input: unknown): Promise<void> {
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  const stream = (await procedure(input)) as AsyncIterable<unknown> | null;
  if (stream && typeof stream[Symbol.asyncIterator] === "function")
    await stream[Symbol.asyncIterator]().return?.();
}

/** Who may call a procedure: at least this role, or "wallboard" (any signed-in user or a TV display token). */
export type Access = Role | "wallboard";

export interface ProcedureSample {
  access: Access;
  /** A valid input; may create what the call needs (each cell gets a fresh one). */
  input: (f: ApiFixture) => unknown;
}

let unique = 0;
const next = () => ++unique;
const filter = (f: ApiFixture) => ({ from: f.from, to: f.to });
const throwawayUser = async (f: ApiFixture) =>
  (
    await createUser(f.db, {
      email: `matrix${next()}@example.test`,
      name: "Matrix",
      role: "viewer",
      password: TEST_PASSWORD,
    })
  ).id;
const reportForm = () => ({
  name: `Report ${next()}`,
  savedViewId: null,
  period: "weekly",
  weekday: 1,
  monthDay: null,
  sendMinute: 450,
  recipients: ["boss@example.test"],
  locale: "vi",
  attachment: "none",
  enabled: true,
});
const throwawayReport = async (f: ApiFixture) =>
  (
    await createReportSchedule(
      f.db,
      {
        name: `Matrix report ${next()}`,
        period: "daily",
        sendMinute: 450,
        recipients: ["boss@example.test"],
        locale: "en",
      },
      null,
    )
  ).id;
const throwawayDisplay = async (f: ApiFixture) =>
  (await createTvDisplay(f.db, { name: `Matrix ${next()}`, createdBy: null })).display.id;

const alertRule = { name: "Matrix alert", kind: "backlog" as const, threshold: 5, windowMinutes: 60 };
const throwawayAlertRule = async (f: ApiFixture) =>
  (await createAlertRule(f.db, { ...alertRule, name: `Matrix alert ${next()}` }, null)).rule.id;

export const PROCEDURE_SAMPLES: Record<string, ProcedureSample> = {
  // The signed-in user's own account: everyone signed in.
  "auth.me": { access: "viewer", input: () => undefined },
  "auth.setLocale": { access: "viewer", input: () => ({ locale: "vi" }) },
  "auth.changePassword": {
    access: "viewer",
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
  },
  "auth.signOutEverywhere": { access: "viewer", input: () => undefined },
  "auth.listSavedViews": { access: "viewer", input: () => undefined },
  "auth.saveView": {
    access: "viewer",
    input: () => ({ name: `view ${next()}`, query: "/calls?direction=to_ab" }),
  },
  "auth.deleteSavedView": { access: "viewer", input: () => ({ id: "00000000-0000-0000-0000-000000000000" }) },
  // Dashboards and call lists: viewers and up.
  "analytics.summary": { access: "viewer", input: (f) => ({ filter: filter(f) }) },
  "analytics.overview": { access: "viewer", input: (f) => ({ filter: filter(f) }) },
  "analytics.breakdown": { access: "viewer", input: (f) => ({ filter: filter(f), dimension: "direction" }) },
  "analytics.timeSeries": { access: "viewer", input: (f) => ({ filter: filter(f), bucket: "day" }) },
  "analytics.heatmap": { access: "viewer", input: (f) => ({ filter: filter(f), mode: "inboundAnswerRate" }) },
  "analytics.distribution": { access: "viewer", input: (f) => ({ filter: filter(f) }) },
  "analytics.waitDistribution": { access: "viewer", input: (f) => ({ filter: filter(f) }) },
  "calls.list": { access: "viewer", input: (f) => ({ filter: filter(f), limit: 5 }) },
  "calls.count": { access: "viewer", input: (f) => ({ filter: filter(f) }) },
  "calls.get": { access: "viewer", input: () => ({ id: "fp:unknown:0" }) },
  // Call-back worklist: viewers read; supervisors and up act (an unknown case answers NOT_FOUND after the role check).
  "callbacks.list": { access: "viewer", input: (f) => ({ filter: filter(f), limit: 5 }) },
  "callbacks.kpis": { access: "viewer", input: (f) => ({ filter: filter(f) }) },
  "callbacks.repeatCallers": { access: "viewer", input: (f) => ({ filter: filter(f), limit: 5 }) },
  "callbacks.owners": { access: "viewer", input: () => undefined },
  "callbacks.take": { access: "supervisor", input: () => ({ id: "+84903123456|fp:unknown:0" }) },
  "callbacks.assign": {
    access: "supervisor",
    input: () => ({ id: "+84903123456|fp:unknown:0", ownerId: null }),
  },
  "callbacks.close": {
    access: "supervisor",
    input: () => ({ id: "+84903123456|fp:unknown:0", reason: "spam" }),
  },
  "callbacks.reopen": { access: "supervisor", input: () => ({ id: "+84903123456|fp:unknown:0" }) },
  "callbacks.callBack": { access: "supervisor", input: () => ({ id: "+84903123456|fp:unknown:0" }) },
  // Calling: supervisors and up.
  "telephony.clickToCall": { access: "supervisor", input: () => ({ number: "0903123456" }) },
  // Freshness is shown to everyone; raw quarantined records and backfills are admin matters.
  "sync.status": { access: "viewer", input: () => undefined },
  "sync.progress": { access: "viewer", input: () => undefined },
  "sync.quarantine": { access: "admin", input: () => ({ limit: 5 }) },
  "sync.startBackfill": {
    access: "admin",
    input: () => ({ from: new Date(NOW - 2 * DAY), to: new Date(NOW - DAY) }),
  },
  // Users, settings, TV displays, audit trail: admins.
  "admin.listUsers": { access: "admin", input: () => undefined },
  "admin.createUser": {
    access: "admin",
    input: () => ({
      email: `new${next()}@example.test`,
      name: "New",
      role: "viewer",
      password: TEST_PASSWORD,
    }),
  },
  "admin.updateUser": {
    access: "admin",
    input: async (f) => ({ id: await throwawayUser(f), name: "Renamed" }),
  },
  "admin.setUserPassword": {
    access: "admin",
    input: async (f) => ({ id: await throwawayUser(f), password: TEST_PASSWORD }),
  },
  "admin.deleteUser": { access: "admin", input: async (f) => ({ id: await throwawayUser(f) }) },
  "admin.getSettings": { access: "admin", input: () => undefined },
  "admin.updateSettings": { access: "admin", input: () => ({ thresholds: DEFAULT_THRESHOLDS }) },
  "admin.listTvDisplays": { access: "admin", input: () => undefined },
  "admin.createTvDisplay": { access: "admin", input: () => ({ name: `Screen ${next()}` }) },
  "admin.renameTvDisplay": {
    access: "admin",
    input: async (f) => ({ id: await throwawayDisplay(f), name: "Renamed" }),
  },
  "admin.revokeTvDisplay": { access: "admin", input: async (f) => ({ id: await throwawayDisplay(f) }) },
  "admin.listAudit": { access: "admin", input: () => ({ limit: 5 }) },
  // Scheduled reports: everyone signed in sees them and their deliveries; supervisors and admins manage them.
  "reports.list": { access: "viewer", input: () => undefined },
  "reports.get": { access: "viewer", input: async (f) => ({ id: await throwawayReport(f) }) },
  "reports.deliveries": {
    access: "viewer",
    input: async (f) => ({ id: await throwawayReport(f), limit: 5 }),
  },
  "reports.create": { access: "supervisor", input: reportForm },
  "reports.update": {
    access: "supervisor",
    input: async (f) => ({ ...reportForm(), id: await throwawayReport(f) }),
  },
  "reports.delete": { access: "supervisor", input: async (f) => ({ id: await throwawayReport(f) }) },
  "reports.sendNow": {
    access: "supervisor",
    input: async (f) => ({ id: await throwawayReport(f), requestId: "6f1c1f8e-1b7a-4c1e-9d55-3d2f4b8a9c01" }),
  },
  "reports.preview": { access: "supervisor", input: async (f) => ({ id: await throwawayReport(f) }) },
  // Alert rules: admins change them; supervisors read them, what fires, the history and notifications.
  "alerts.rules": { access: "supervisor", input: () => undefined },
  "alerts.get": { access: "supervisor", input: () => ({ id: "00000000-0000-4000-8000-000000000000" }) },
  "alerts.create": { access: "admin", input: () => ({ ...alertRule, name: `Matrix alert ${next()}` }) },
  "alerts.update": {
    access: "admin",
    input: async (f) => ({ ...alertRule, id: await throwawayAlertRule(f), threshold: 7 }),
  },
  "alerts.delete": { access: "admin", input: async (f) => ({ id: await throwawayAlertRule(f) }) },
  "alerts.firing": { access: "supervisor", input: () => undefined },
  "alerts.history": { access: "supervisor", input: () => ({ limit: 5 }) },
  "alerts.deliveries": { access: "supervisor", input: () => ({ limit: 5, problemsOnly: true }) },
  // Hourly steps: the matrix and the fuzzer call it often.
  "alerts.preview": {
    access: "supervisor",
    input: () => ({
      rule: { kind: "backlog", threshold: 0, windowMinutes: 60 },
      to: new Date(NOW),
      stepMinutes: 60,
    }),
  },
  // Wall screens.
  "wallboard.config": { access: "wallboard", input: () => undefined },
  // As of now: a display token may not ask for another instant (wallboard.test.ts checks the refusal).
  "wallboard.snapshot": { access: "wallboard", input: () => undefined },
  "wallboard.version": { access: "wallboard", input: () => undefined },
  "wallboard.agentNames": { access: "wallboard", input: () => undefined },
};
