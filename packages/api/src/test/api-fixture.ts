// A real API stack for tests: the AntRing simulator over HTTP on 127.0.0.1 with a frozen clock, its history synced
// into a fresh test database, and one user per role.
import type { AntringClient, CallRecord } from "@antdash/antring-core";
import { type RunningSimulator, type SimulatorDevice, startSimulator } from "@antdash/antring-simulator";
import { openTestDatabase, type TestDatabase, type TestDatabaseMode } from "@antdash/db/testing";
import { DEFAULT_KPI_SETTINGS } from "../admin/settings";
import { createUser } from "../auth/users";
import type { ApiContext, SessionUser, TvPrincipal } from "../context";
import type { StreamLimiter } from "../live-streams/stream-limiter";
import { appRouter } from "../root";
import type { SyncController } from "../sync/sync-controller";
import { createCallerFactory } from "../trpc";
import type { RenderReportHtml } from "../reports/report-renderer";
import { syncFromSimulator } from "../testing/simulator-sync";

export const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 10, 20, 10, 0, 0);
export const TEST_PASSWORD = "correct horse battery";

/** Online and offline click-to-call devices; the supervisor is given the online one. */
export const TEST_DEVICES: SimulatorDevice[] = [
  { sipUser: "sup-device", sipPassword: "sup-pass", online: true },
  { sipUser: "off-device", sipPassword: "off-pass", online: false },
];

export type Principal = SessionUser | TvPrincipal | null;

/** What a test may add to a caller's context. */
export interface ContextExtras {
  syncController?: SyncController;
  antring?: AntringClient;
  liveStreams?: StreamLimiter;
  renderReportHtml?: RenderReportHtml;
}

export interface ApiFixture {
  sim: RunningSimulator;
  db: TestDatabase;
  antring: AntringClient;
  from: Date;
  to: Date;
  /** The upstream records in [from, to], newest first: what the cache must hold. */
  calls: CallRecord[];
  users: { admin: SessionUser; supervisor: SessionUser; viewer: SessionUser };
  context(principal: Principal, extra?: ContextExtras): ApiContext;
  caller(principal: Principal, extra?: ContextExtras): ApiCaller;
  close(): Promise<void>;
}

const createCaller = createCallerFactory(appRouter);
export type ApiCaller = ReturnType<typeof createCaller>;

/** historyDays: synced at once; unsyncedDays (default 2): older history the simulator has for later syncs. */
export interface ApiFixtureOptions {
  historyDays?: number;
  unsyncedDays?: number;
  callsPerDay?: number;
  seed?: number;
}

export function isTvPrincipal(principal: Principal): principal is TvPrincipal {
  return principal !== null && "displayId" in principal;
}

export async function openApiFixture(
  mode: TestDatabaseMode,
  options: ApiFixtureOptions = {},
): Promise<ApiFixture> {
  const historyDays = options.historyDays ?? 20;
  const sim = await startSimulator({
    seed: options.seed ?? 5,
    historyDays: historyDays + (options.unsyncedDays ?? 2),
    callsPerDay: options.callsPerDay ?? 60,
    now: () => NOW,
    devices: TEST_DEVICES,
  });
  const db = await openTestDatabase(mode);
  const from = new Date(NOW - historyDays * DAY);
  const to = new Date(NOW);
  const antring = await syncFromSimulator(sim, { db, from, to, now: () => new Date(NOW) });
  const user = async (role: SessionUser["role"], sipDevice?: { sipUser: string; sipPassword: string }) => {
    const view = await createUser(db, {
      email: `${role}@example.test`,
      name: `The ${role}`,
      role,
      password: TEST_PASSWORD,
      ...(sipDevice && { sipDevice }),
    });
    return { id: view.id, email: view.email, name: view.name, role: view.role, locale: view.locale };
  };
  const supervisorDevice = { sipUser: TEST_DEVICES[0]!.sipUser, sipPassword: TEST_DEVICES[0]!.sipPassword };
  const users = {
    admin: await user("admin", supervisorDevice),
    supervisor: await user("supervisor", supervisorDevice),
    viewer: await user("viewer"),
  };
  const context: ApiFixture["context"] = (principal, extra = {}) => ({
    db,
    antring: extra.antring ?? antring,
    user: isTvPrincipal(principal) ? null : principal,
    tv: isTvPrincipal(principal) ? principal : null,
    timeZone: "Asia/Ho_Chi_Minh",
    kpi: DEFAULT_KPI_SETTINGS,
    ip: "127.0.0.1",
    ...(extra.syncController && { syncController: extra.syncController }),
    ...(extra.liveStreams && { liveStreams: extra.liveStreams }),
    ...(extra.renderReportHtml && { renderReportHtml: extra.renderReportHtml }),
  });
  return {
    sim,
    db,
    antring,
    from,
    to,
    calls: sim.dataset.callsBetween(from.getTime(), to.getTime()),
    users,
    context,
    caller: (principal, extra) => createCaller(context(principal, extra)),
    async close() {
      await db.dispose();
      await sim.close();
    },
  };
}
