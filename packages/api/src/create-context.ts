import type { AntringClient } from "@antdash/antring-core";
import { type Database, noteReadActivity } from "@antdash/db";
import { resolveTvToken } from "./admin/tv-displays";
import type { SessionClaims } from "./auth/session-user";
import type { ApiContext } from "./context";
import type { StreamLimiter } from "./live-streams/stream-limiter";
import { currentDataVersions } from "./read-cache/data-versions";
import { sessionUserAt, settingsAt } from "./read-cache/request-principals";
import type { SyncController } from "./sync/sync-controller";
import type { RenderReportHtml } from "./reports/report-renderer";

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
  renderReportHtml?: RenderReportHtml;
}

/**
 * The context for one request: the session's user (a disabled or deleted user, or a revoked session, gets none),
 * the TV display behind a token, and the deployment's settings. One tiny read of the data versions comes first: the
 * session check and the settings are re-read only when their counter moved, and cached results are keyed by it.
 */
export async function createApiContext(
  deps: ApiDependencies,
  principal: RequestPrincipal,
): Promise<ApiContext> {
  // A sync on the embedded database leaves gaps between its writes while requests come in (the sync's reader share).
  noteReadActivity(deps.db);
  const versions = await currentDataVersions(deps.db);
  const [user, tv, settings] = await Promise.all([
    principal.session ? sessionUserAt(deps.db, principal.session, versions) : null,
    principal.tvToken ? resolveTvToken(deps.db, principal.tvToken) : null,
    settingsAt(deps.db, versions),
  ]);
  return {
    db: deps.db,
    antring: deps.antring,
    ...(deps.syncController && { syncController: deps.syncController }),
    ...(deps.liveStreams && { liveStreams: deps.liveStreams }),
    ...(deps.deliveries && { deliveries: deps.deliveries }),
    ...(deps.renderReportHtml && { renderReportHtml: deps.renderReportHtml }),
    user,
    tv,
    timeZone: settings.timeZone,
    kpi: settings.kpi,
    ip: principal.ip,
    versions,
  };
}
