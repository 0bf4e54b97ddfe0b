import type { AntringClient } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import type { KpiSettings } from "./admin/settings";
import type { Locale } from "./auth/locales";
import type { Role } from "./auth/roles";
import type { RenderReportHtml } from "./reports/report-renderer";
import type { StreamLimiter } from "./live-streams/stream-limiter";
import type { DataVersions } from "./read-cache/data-versions";
import type { SyncController } from "./sync/sync-controller";

/** The signed-in person, as the server knows them (checked against the database again whenever a user or a session
 *  changed, never trusted from the browser). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
}

/** A wall screen signed in with its display token: wallboard data only. */
export interface TvPrincipal {
  displayId: string;
  name: string;
  locale: Locale;
}

/** Everything a procedure may use. Built once per request by the web app (createApiContext) or by tests. */
export interface ApiContext {
  db: Database;
  /** The AntRing client (server-side only: it holds the app secret). */
  antring: AntringClient;
  user: SessionUser | null;
  tv: TvPrincipal | null;
  /** The time zone numbers are shown in (the deployment's setting, default Asia/Ho_Chi_Minh). */
  timeZone: string;
  /** The KPI thresholds (admin settings): every KPI a procedure computes uses these. */
  kpi: KpiSettings;
  /** Caller's address, for rate limits and the audit trail. */
  ip: string;
  /** The process's sync runner, when this process runs one (the web app); sync procedures say so when absent. */
  syncController?: SyncController;
  /** The process's count of open live streams per caller (the web app's); without it streams are not capped. */
  liveStreams?: StreamLimiter;
  /** The process's delivery loop (the web app's): "send now" wakes it so the mail leaves at once, not at its next tick. */
  deliveries?: { wake(): void };
  /** The report's print view (the dashboard's components, above this package): reports.preview renders with it. */
  renderReportHtml?: RenderReportHtml;
  /** Where the data stood when the request began (read by createApiContext): cached results are keyed by it.
   *  Absent in a context built by hand, which then shares nothing. */
  versions?: DataVersions;
}
