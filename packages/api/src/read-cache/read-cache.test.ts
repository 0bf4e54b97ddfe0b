// The cheap read path (issue 16) against a real database and a real sync from the simulator over HTTP: shared
// answers are reused while the data stands still, never after a sync wrote calls or the settings changed, and a
// revoked session stops working on the next request.
import { testDatabaseModes } from "@antdash/db/testing";
import { syncRange } from "@antdash/sync";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_KPI_SETTINGS, updateSettings } from "../admin/settings";
import { endAllSessions, endSession } from "../auth/sessions";
import type { SessionClaims } from "../auth/session-user";
import { createApiContext } from "../create-context";
import { appRouter } from "../root";
import { type ApiFixture, DAY, NOW, openApiFixture } from "../test/api-fixture";
import { createCallerFactory } from "../trpc";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { normalizedKey } from "./cache-key";
import { sharedResultCount } from "./shared-result-middleware";

const createCaller = createCallerFactory(appRouter);
const HISTORY_DAYS = 4;

describe.each(testDatabaseModes())("shared read results on %s", (mode) => {
  let f: ApiFixture;
  // Wider than what the fixture synced: the older days arrive with a later sync, inside the same filter.
  const filter = { from: new Date(NOW - (HISTORY_DAYS + 2) * DAY), to: new Date(NOW) };
  const claimsOf = (userId: string): SessionClaims => ({ userId, sessionId: randomUUID(), version: 0 });
  /** A request as the web app makes one: versions read, session checked, settings loaded. */
  const request = async (session: SessionClaims) =>
    createCaller(await createApiContext({ db: f.db, antring: f.antring }, { session, ip: "127.0.0.1" }));

  beforeAll(async () => {
    f = await openApiFixture(mode, { historyDays: HISTORY_DAYS, unsyncedDays: 12, callsPerDay: 40 });
  }, 120_000);
  afterAll(async () => {
    await f?.close();
  });

  it("reuses one answer across users until a sync writes calls, then answers from the new calls", async () => {
    const admin = await request(claimsOf(f.users.admin.id));
    const viewer = await request(claimsOf(f.users.viewer.id));
    const first = await admin.analytics.summary({ filter });
    const firstPage = await admin.calls.list({ filter, limit: 5 });
    // Another person, same question, nothing changed: the very same (frozen) answer, not a second query.
    expect(await viewer.analytics.summary({ filter })).toBe(first);
    expect(await viewer.calls.list({ filter, limit: 5 })).toBe(firstPage);
    expect(Object.isFrozen(first)).toBe(true);
    const synced = await f.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM calls WHERE started_at BETWEEN $1 AND $2`,
      [filter.from, filter.to],
    );
    expect(first.total).toBe(synced.rows[0]!.n);

    const older = { from: filter.from, to: new Date(NOW - HISTORY_DAYS * DAY) };
    const written = await syncRange({ db: f.db, client: f.antring, ...older, now: () => new Date(NOW) });
    expect(written.callsWritten).toBeGreaterThan(0);

    const after = await request(claimsOf(f.users.viewer.id));
    const second = await after.analytics.summary({ filter });
    expect(second.total).toBe(first.total + written.callsWritten);
    const secondPage = await after.calls.list({ filter, limit: 5 });
    expect(secondPage).not.toBe(firstPage);
    expect(secondPage.total).toBe(second.total);
  });

  it("keeps the answers about recent days while a backfill writes older days, not when a recent call changes", async () => {
    const recent = { from: new Date(NOW - DAY), to: new Date(NOW) };
    const caller = await request(claimsOf(f.users.admin.id));
    const first = await caller.analytics.overview({ filter: recent });
    const firstPage = await caller.calls.list({ filter: recent, limit: 5 });

    // Days the answers do not read (they read the range, the equal period before it and a day of margin).
    const old = { from: new Date(NOW - 12 * DAY), to: new Date(NOW - 8 * DAY) };
    const oldBefore = (await caller.calls.count({ filter: old })).total;
    const written = await syncRange({ db: f.db, client: f.antring, ...old, now: () => new Date(NOW) });
    expect(written.callsWritten).toBeGreaterThan(0);
    const later = await request(claimsOf(f.users.viewer.id));
    expect(await later.analytics.overview({ filter: recent })).toBe(first);
    expect(await later.calls.list({ filter: recent, limit: 5 })).toBe(firstPage);
    // An answer about the older days is not served from before they were written.
    expect((await later.calls.count({ filter: old })).total).toBe(oldBefore + written.callsWritten);

    // The newest call of the range removed (as a correction does): the next request runs the query again. (The
    // total still counts it: a bare DELETE leaves the rollups as they were, a correction rewrites them.)
    const newest = firstPage.rows[0]!.id;
    await f.db.pool.query(`DELETE FROM calls WHERE id = $1`, [newest]);
    const afterDelete = await request(claimsOf(f.users.viewer.id));
    const page = await afterDelete.calls.list({ filter: recent, limit: 5 });
    expect(page).not.toBe(firstPage);
    expect(page.rows.map((r) => r.id)).not.toContain(newest);
    expect(await afterDelete.analytics.overview({ filter: recent })).not.toBe(first);
  });

  it("sends a shared answer over HTTP as superjson, the same bytes to every caller", async () => {
    const get = async (userId: string) => {
      const input = encodeURIComponent(JSON.stringify(superjson.serialize({ filter })));
      const response = await fetchRequestHandler({
        endpoint: "/api/trpc",
        req: new Request(`http://test/api/trpc/analytics.summary?input=${input}`),
        router: appRouter,
        createContext: () =>
          createApiContext({ db: f.db, antring: f.antring }, { session: claimsOf(userId), ip: "127.0.0.1" }),
      });
      expect(response.status).toBe(200);
      return response.text();
    };
    const [a, b] = [await get(f.users.admin.id), await get(f.users.viewer.id)];
    expect(b).toBe(a);
    const body = JSON.parse(a) as { result: { data: Parameters<typeof superjson.deserialize>[0] } };
    const summary = superjson.deserialize<{ total: number }>(body.result.data);
    expect(summary.total).toBe(
      (await (await request(claimsOf(f.users.admin.id))).analytics.summary({ filter })).total,
    );
  });

  it("answers again when the KPI settings change", async () => {
    const before = await (await request(claimsOf(f.users.admin.id))).analytics.summary({ filter });
    expect(before.kpis.inbound.serviceLevelSeconds).toBe(DEFAULT_KPI_SETTINGS.serviceLevelSeconds);
    await updateSettings(f.db, { kpi: { ...DEFAULT_KPI_SETTINGS, serviceLevelSeconds: 7 } }, null);
    try {
      const after = await (await request(claimsOf(f.users.admin.id))).analytics.summary({ filter });
      expect(after.kpis.inbound.serviceLevelSeconds).toBe(7);
    } finally {
      await updateSettings(f.db, { kpi: DEFAULT_KPI_SETTINGS }, null);
    }
  });

  it("keys on the normalized input: list order and key order do not split answers, other criteria do", async () => {
    const caller = await request(claimsOf(f.users.admin.id));
    const a = await caller.analytics.summary({ filter: { ...filter, direction: ["from_ab", "to_ab"] } });
    const b = await caller.analytics.summary({ filter: { direction: ["to_ab", "from_ab"], ...filter } });
    expect(b).toBe(a);
    const inbound = await caller.analytics.summary({ filter: { ...filter, direction: ["from_ab"] } });
    expect(inbound).not.toBe(a);
    expect(inbound.total).toBeLessThan(a.total);
    expect(normalizedKey({ filter: { agent: ["b", "a"] }, order: ["b", "a"] })).toBe(
      '{"filter":{"agent":["a","b"]},"order":["b","a"]}',
    );
  });

  it("shares nothing with a context built by hand (no data versions to key on)", async () => {
    const count = sharedResultCount(f.db);
    await createCaller(f.context(f.users.admin)).analytics.summary({
      filter: { ...filter, callClass: ["trunking"] },
    });
    expect(sharedResultCount(f.db)).toBe(count);
  });

  it("ends a signed-out session, a session of 'sign out everywhere' and a disabled user on the next request", async () => {
    const session = claimsOf(f.users.supervisor.id);
    expect((await createApiContext({ db: f.db, antring: f.antring }, { session, ip: "x" })).user?.id).toBe(
      f.users.supervisor.id,
    );
    await endSession(f.db, { ...session, expiresAt: new Date(Date.now() + DAY) });
    expect((await createApiContext({ db: f.db, antring: f.antring }, { session, ip: "x" })).user).toBeNull();

    const other = claimsOf(f.users.supervisor.id);
    expect(
      (await createApiContext({ db: f.db, antring: f.antring }, { session: other, ip: "x" })).user,
    ).not.toBeNull();
    await endAllSessions(f.db, f.users.supervisor.id);
    expect(
      (await createApiContext({ db: f.db, antring: f.antring }, { session: other, ip: "x" })).user,
    ).toBeNull();

    const viewerSession = claimsOf(f.users.viewer.id);
    expect(
      (await createApiContext({ db: f.db, antring: f.antring }, { session: viewerSession, ip: "x" })).user,
    ).not.toBeNull();
    await f.db.prisma.user.update({ where: { id: f.users.viewer.id }, data: { disabledAt: new Date() } });
    expect(
      (await createApiContext({ db: f.db, antring: f.antring }, { session: viewerSession, ip: "x" })).user,
    ).toBeNull();
  });
});
