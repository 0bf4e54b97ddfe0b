// Every procedure of appRouter, and the domain functions behind the web app's HTTP routes (exports, recordings),
// × every kind of caller: anonymous, each role, a TV display token, a revoked TV token. A procedure added without
// an entry in src/test/procedure-samples.ts fails this test.
import { TRPCError } from "@trpc/server";
import { testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTvDisplay, revokeTvDisplay } from "./admin/tv-displays";
import { parseCallFilter } from "./calls/call-filter";
import type { ApiContext } from "./context";
import { createApiContext } from "./create-context";
import { AccessDeniedError, httpStatusOf } from "./errors";
import { openExport } from "./export/open-export";
import { openRecording } from "./recordings/open-recording";
import { hasRole } from "./auth/roles";
import { appRouter } from "./root";
import { type ApiFixture, NOW, openApiFixture, type Principal } from "./test/api-fixture";
import { type Access, callProcedure, PROCEDURE_SAMPLES as MATRIX } from "./test/procedure-samples";
import { bytesOf } from "./test/read-body";
import { TestSyncController } from "./test/test-sync-controller";
import { createCallerFactory } from "./trpc";
import { probeReportHtml } from "./test/report-html-probe";

const createCaller = createCallerFactory(appRouter);

const CALLERS = ["anonymous", "viewer", "supervisor", "admin", "tv", "revoked tv"] as const;
type CallerKind = (typeof CALLERS)[number];

/** What a caller must get: allowed, or refused with exactly this code. */
function expected(access: Access, caller: CallerKind): "allowed" | "UNAUTHORIZED" | "FORBIDDEN" {
  if (caller === "anonymous" || caller === "revoked tv") return "UNAUTHORIZED";
  // A wall screen reads the wallboard and nothing else.
  if (caller === "tv") return access === "wallboard" ? "allowed" : "UNAUTHORIZED";
  if (access === "wallboard") return "allowed";
  return hasRole(caller, access) ? "allowed" : "FORBIDDEN";
}

const procedurePaths = Object.keys(appRouter._def.procedures).sort();

describe.each(testDatabaseModes())("authorization matrix on %s", (mode) => {
  let f: ApiFixture;
  let contexts: Record<CallerKind, ApiContext>;
  let controller: TestSyncController;

  beforeAll(async () => {
    f = await openApiFixture(mode, { historyDays: 3, callsPerDay: 30 });
    controller = new TestSyncController(f.db, f.antring, () => new Date(NOW));
    const deps = { db: f.db, antring: f.antring, syncController: controller };
    // Display tokens resolved the way the web app does for `Authorization: Bearer <token>`.
    const wall = await createTvDisplay(f.db, { name: "Matrix wall", createdBy: null });
    const revoked = await createTvDisplay(f.db, { name: "Old wall", createdBy: null });
    await revokeTvDisplay(f.db, revoked.display.id);
    const tv = await createApiContext(deps, { tvToken: wall.token, ip: "127.0.0.1" });
    expect(tv.tv?.displayId).toBe(wall.display.id);
    const revokedTv = await createApiContext(deps, { tvToken: revoked.token, ip: "127.0.0.1" });
    expect(revokedTv).toMatchObject({ tv: null, user: null });
    const as = (principal: Principal) =>
      f.context(principal, { syncController: controller, renderReportHtml: probeReportHtml });
    contexts = {
      anonymous: as(null),
      viewer: as(f.users.viewer),
      supervisor: as(f.users.supervisor),
      admin: as(f.users.admin),
      tv,
      "revoked tv": revokedTv,
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
    if (!entry) throw new Error(`add ${path} to PROCEDURE_SAMPLES in src/test/procedure-samples.ts`);
    const want = expected(entry.access, caller);
    const api = createCaller(contexts[caller]);
    const input = await entry.input(f);
    let error: unknown = null;
    try {
      await callProcedure(api, path, input);
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

  // The web app's byte-stream routes call these with the request's context: supervisors and admins only.
  const routes = CALLERS.flatMap((caller) =>
    (["export calls", "export summary", "recording"] as const).map((route) => ({ route, caller })),
  );

  it.each(routes)("HTTP route $route × $caller", async ({ route, caller }) => {
    const ctx = contexts[caller];
    const filter = parseCallFilter({ from: f.from, to: f.to });
    const open = async () => {
      if (route === "recording") {
        const recorded = f.calls.find((c) => c.recording !== "")!;
        const { rows } = await f.db.pool.query<{ id: string }>("SELECT id FROM calls WHERE recording = $1", [
          recorded.recording,
        ]);
        const response = await openRecording(ctx, rows[0]!.id, "bytes=0-9");
        await bytesOf(response.body);
        return;
      }
      const response = await openExport(ctx, {
        kind: route === "export calls" ? "calls" : "summary",
        format: "csv",
        filter,
      });
      await bytesOf(response.body);
      await response.done;
    };
    const want = expected("supervisor", caller);
    if (want === "allowed") return expect(open()).resolves.toBeUndefined();
    const error = await open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect(httpStatusOf(error as AccessDeniedError)).toBe(want === "UNAUTHORIZED" ? 401 : 403);
  });
});
