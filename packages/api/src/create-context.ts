import type { AntringClient } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import { getSettings } from "./admin/settings";
import { resolveTvToken } from "./admin/tv-displays";
import { loadSessionUser, type SessionClaims } from "./auth/session-user";
import type { ApiContext } from "./context";
import type { StreamLimiter } from "./live-streams/stream-limiter";
import type { SyncController } from "./sync/sync-controller";

export interface RequestPrincipal {
  /** What the session cookie (next-auth) names, if any: checked against the database on every request. */
  session?: SessionClaims | null;
  /** A TV display token (e.g. from `Authorization: Bearer <token>`), if any. */
  tvToken?: string | null;
  /** The caller's address. */
  ip: string;
}

export interface ApiDependencies {
  db: Database;
  antring: AntringClient;
  syncController?: SyncController;
  liveStreams?: StreamLimiter;
  deliveries?: { wake(): void };
}

/**
 * The context for one request: the session's user loaded fresh (a disabled or deleted user gets none), the TV
 * display behind a token, and the deployment's time zone.
 */
export async function createApiContext(
  deps: ApiDependencies,
  principal: RequestPrincipal,
): Promise<ApiContext> {
  const [user, tv, settings] = await Promise.all([
    principal.session ? loadSessionUser(deps.db, principal.session) : null,
    principal.tvToken ? resolveTvToken(deps.db, principal.tvToken) : null,
    getSettings(deps.db),
  ]);
  return {
    db: deps.db,
    antring: deps.antring,
    ...(deps.syncController && { syncController: deps.syncController }),
    ...(deps.liveStreams && { liveStreams: deps.liveStreams }),
    ...(deps.deliveries && { deliveries: deps.deliveries }),
    user,
    tv,
    timeZone: settings.timeZone,
    kpi: settings.kpi,
    ip: principal.ip,
  };
}
