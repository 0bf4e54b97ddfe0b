import type { AntringClient } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import { getSettings } from "./admin/settings";
import { resolveTvToken } from "./admin/tv-displays";
import { loadSessionUser } from "./auth/session-user";
import type { ApiContext } from "./context";
import type { SyncController } from "./sync/sync-controller";

export interface RequestPrincipal {
  /** The user id from the session (next-auth), if any. */
  userId?: string | null;
  /** A TV display token (e.g. from `Authorization: Bearer <token>`), if any. */
  tvToken?: string | null;
  /** The caller's address. */
  ip: string;
}

export interface ApiDependencies {
  db: Database;
  antring: AntringClient;
  syncController?: SyncController;
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
    principal.userId ? loadSessionUser(deps.db, principal.userId) : null,
    principal.tvToken ? resolveTvToken(deps.db, principal.tvToken) : null,
    getSettings(deps.db),
  ]);
  return {
    db: deps.db,
    antring: deps.antring,
    ...(deps.syncController && { syncController: deps.syncController }),
    user,
    tv,
    timeZone: settings.timeZone,
    kpi: settings.kpi,
    ip: principal.ip,
  };
}
