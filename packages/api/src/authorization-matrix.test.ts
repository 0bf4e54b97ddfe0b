// Every procedure of appRouter × every kind of caller. A procedure added without an entry here fails this test.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "./admin/settings";
import { createTvDisplay } from "./admin/tv-displays";
import { hasRole, type Role } from "./auth/roles";
import { createUser } from "./auth/users";
import { appRouter } from "./root";
import { type ApiFixture, DAY, NOW, openApiFixture, type Principal, TEST_PASSWORD } from "./test/api-fixture";
import { TestSyncController } from "./test/test-sync-controller";

/** Who may call a procedure: at least this role, or "wallboard" (any signed-in user or a TV display token). */
type Access = Role | "wallboard";

interface MatrixEntry {
  access: Access;
  /** A valid input; may create what the call needs (each cell gets a fresh one). */
  input: (f: ApiFixture) => unknown;
}

let unique = 0;
const next = () => ++unique;
const filter = (f: ApiFixture) => ({ from: f.from, to: f.to });
const throwawayUser = async (f: ApiFixture) =>
  (await createUser(f.db, { email: `matrix${next()}@example.test`, name: "Matrix", role: "viewer", password: TEST_PASSWORD }))
    .id;
const throwawayDisplay = async (f: ApiFixture) =>
  (await createTvDisplay(f.db, { name: `Matrix ${next()}`, createdBy: null })).display.id;

const MATRIX: Record<string, MatrixEntry> = {
  // The signed-in user's own account: everyone signed in.
  "auth.me": { access: "viewer", input: () => undefined },
  "auth.setLocale": { access: "viewer", input: () => ({ locale: "vi" }) },
  "auth.changePassword": {
    access: "viewer",
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
  },
  "auth.listSavedViews": { access: "viewer", input: () => undefined },
  "auth.saveView": { access: "viewer", input: () => ({ name: `view ${next()}`, query: "/calls?direction=to_ab" }) },
  "auth.deleteSavedView": { access: "viewer", input: () => ({ id: "00000000-0000-0000-0000-000000000000" }) },
  // Dashboards and call lists: viewers and up.
  "analytics.summary": { access: "viewer", input: (f) => ({ filter: filter(f) }) },
  "analytics.overview": { access: "viewer", input: (f) => ({ filter: filter(f) }) },
  "analytics.breakdown": { access: "viewer", input: (f) => ({ filter: filter(f), dimension: "direction" }) },
  "analytics.timeSeries": { access: "viewer", input: (f) => ({ filter: filter(f), bucket: "day" }) },
  "analytics.heatmap": { access: "viewer", input: (f) => ({ filter: filter(f) }) },
  "analytics.distribution": { access: "viewer", input: (f) => ({ filter: filter(f) }) },
  "calls.list": { access: "viewer", input: (f) => ({ filter: filter(f), limit: 5 }) },
  "calls.get": { access: "viewer", input: () => ({ id: "fp:unknown:0" }) },
  // Calling: supervisors and up.
  "telephony.clickToCall": { access: "supervisor", input: () => ({ number: "0903123456" }) },
  // Freshness is shown to everyone; raw quarantined records and backfills are admin matters.
  "sync.status": { access: "viewer", input: () => undefined },
  "sync.progress": { access: "viewer", input: () => undefined },
  "sync.quarantine": { access: "admin", input: () => ({ limit: 5 }) },
  "sync.startBackfill": { access: "admin", input: () => ({ from: new Date(NOW - 2 * DAY), to: new Date(NOW - DAY) }) },
  // Users, settings, TV displays, audit trail: admins.
  "admin.listUsers": { access: "admin", input: () => undefined },
  "admin.createUser": {
    access: "admin",
    input: () => ({ email: `new${next()}@example.test`, name: "New", role: "viewer", password: TEST_PASSWORD }),
  },
  "admin.updateUser": { access: "admin", input: async (f) => ({ id: await throwawayUser(f), name: "Renamed" }) },
  "admin.setUserPassword": {
    access: "admin",
    input: async (f) => ({ id: await throwawayUser(f), password: TEST_PASSWORD }),
  },
  "admin.deleteUser": { access: "admin", input: async (f) => ({ id: await throwawayUser(f) }) },
  "admin.getSettings": { access: "admin", input: () => undefined },
  "admin.updateSettings": { access: "admin", input: () => ({ thresholds: DEFAULT_THRESHOLDS }) },
  "admin.listTvDisplays": { access: "admin", input: () => undefined },
  "admin.createTvDisplay": { access: "admin", input: () => ({ name: `Screen ${next()}` }) },
  "admin.renameTvDisplay": { access: "admin", input: async (f) => ({ id: await throwawayDisplay(f), name: "Renamed" }) },
  "admin.revokeTvDisplay": { access: "admin", input: async (f) => ({ id: await throwawayDisplay(f) }) },
  "admin.listAudit": { access: "admin", input: () => ({ limit: 5 }) },
  // Wall screens.
  "wallboard.config": { access: "wallboard", input: () => undefined },
  "wallboard.snapshot": { access: "wallboard", input: () => ({ at: new Date(NOW) }) },
  "wallboard.version": { access: "wallboard", input: () => undefined },
};

const CALLERS = ["anonymous", "viewer", "supervisor", "admin", "tv"] as const;
type CallerKind = (typeof CALLERS)[number];

/** What a caller must get: allowed, or refused with exactly this code. */
function expected(access: Access, caller: CallerKind): "allowed" | "UNAUTHORIZED" | "FORBIDDEN" {
  if (caller === "anonymous") return "UNAUTHORIZED";
  if (caller === "tv") return access === "wallboard" ? "allowed" : "UNAUTHORIZED";
  if (access === "wallboard") return "allowed";
  return hasRole(caller, access) ? "allowed" : "FORBIDDEN";
}

const procedurePaths = Object.keys(appRouter._def.procedures).sort();

describe("authorization matrix", () => {
  let f: ApiFixture;
  let principals: Record<CallerKind, Principal>;
  let controller: TestSyncController;

  beforeAll(async () => {
    f = await openApiFixture("embedded", { historyDays: 3, callsPerDay: 30 });
    controller = new TestSyncController(f.db, f.antring, () => new Date(NOW));
    const { display } = await createTvDisplay(f.db, { name: "Matrix wall", createdBy: null });
    principals = {
      anonymous: null,
      viewer: f.users.viewer,
      supervisor: f.users.supervisor,
      admin: f.users.admin,
      tv: { displayId: display.id, name: display.name, locale: "vi" },
    };
  });
  afterAll(async () => {
    await controller.current;
    await f.close();
  });

  it("has an entry for every procedure, and no entry for a procedure that is gone", () => {
    expect(procedurePaths.length).toBeGreaterThan(20);
    expect(procedurePaths.filter((p) => !(p in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((p) => !procedurePaths.includes(p))).toEqual([]);
  });

  const cells = procedurePaths.flatMap((path) => CALLERS.map((caller) => ({ path, caller })));

  it.each(cells)("$path × $caller", async ({ path, caller }) => {
    const entry = MATRIX[path];
    if (!entry) throw new Error(`add ${path} to MATRIX in authorization-matrix.test.ts`);
    const want = expected(entry.access, caller);
    const api = f.caller(principals[caller], { syncController: controller }) as unknown as Record<string, unknown>;
    const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as (
      input: unknown,
    ) => Promise<unknown>;
    const input = await entry.input(f);
    let error: unknown = null;
    try {
      const result = await procedure(input);
      // A subscription answers with a stream: leave it at once.
      const stream = result as AsyncIterable<unknown> | null;
      if (stream && typeof stream[Symbol.asyncIterator] === "function") await stream[Symbol.asyncIterator]().return?.();
    } catch (e) {
      error = e;
    }
    if (want === "allowed") {
      // Allowed: a valid call may still meet NOT_FOUND or CONFLICT, never a refusal, bad input or a crash.
      const code = error instanceof TRPCError ? error.code : error === null ? null : "NOT_A_TRPC_ERROR";
      expect([null, "NOT_FOUND", "CONFLICT"]).toContain(code);
    } else {
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe(want);
    }
  });
});
