// Public entry of @antdash/api: the tRPC router for the web app, and the domain functions its HTTP routes, sign-in
// and the CLI call directly.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

// tRPC
export { appRouter, type AppRouter } from "./root";
export { createCallerFactory } from "./trpc";
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type { ApiContext, SessionUser, TvPrincipal } from "./context";
export { createApiContext } from "./create-context";

// Errors: each kind maps to one HTTP status and one tRPC code (ERROR_KINDS); a reason tells clients why.
export { ApiError, ERROR_KINDS, type ErrorKind, type ErrorReason } from "./errors";

// Sign-in, sessions, users
export { ROLES, hasRole, type Role } from "./auth/roles";
export { LOCALES, type Locale } from "./auth/locales";
export { requireRole } from "./auth/require-role";
export { verifyCredentials, type Credentials } from "./auth/credentials";
export { LoginRateLimitedError } from "./auth/login-rate-limit";
export { loadSessionUser, type SessionClaims } from "./auth/session-user";
export { endSession } from "./auth/sessions";
export { ensureBootstrapAdmin } from "./auth/bootstrap-admin";
export { PASSWORD_MIN_LENGTH } from "./auth/password";
export { createUser, deleteUser, listUsers, setPassword, updateUser } from "./auth/users";

// Admin
export {
  getSettings,
  DEFAULT_KPI_SETTINGS,
  type KpiSettings,
  type Settings,
  type Thresholds,
} from "./admin/settings";

// Audit
export { recordAudit, listAudit, type AuditActor } from "./audit/audit";

// Calls, analytics, exports
export {
  parseCallFilter,
  InvalidFilterError,
  type CallFilter,
  type CallFilterInput,
} from "./calls/call-filter";
export { analyzeCalls, summarizeCalls } from "./analytics/summary";
export type { BreakdownDimension } from "./analytics/breakdowns";
export type { BreakdownRow, CallKpis, CallSummary } from "./analytics/output-schemas";
export { callKindOf, type CallKind, type KpiThresholds } from "./analytics/kpis";
export { HEATMAP_MODES, type HeatmapMode } from "./analytics/heatmap";
export {
  fillGlossaryText,
  KPI_GLOSSARY,
  KPI_GLOSSARY_GROUPS,
  KPI_GLOSSARY_TERMS,
  NO_VALUE_NOTE,
  WAIT_CAVEAT,
} from "./analytics/kpi-glossary";
export { exportCalls, type ExportFormat } from "./export/export-calls";
export { summaryRows } from "./export/export-summary";
export { openCallbackExport, openExport, recordExport, type ExportResponse } from "./export/open-export";

// Recordings
export { openRecording, RecordingRangeNotSatisfiableError } from "./recordings/open-recording";

// Open live streams per caller (the web's wallboard events and sync progress)
export { LIVE_STREAM_LIMITS, StreamLimiter } from "./live-streams/stream-limiter";

// Sync control (implemented by the web app)
export { SyncBusyError, type SyncController, type SyncControllerStatus } from "./sync/sync-controller";

// Call-back cases (issue 13)
export {
  CASE_STATUSES,
  CLOSE_REASONS,
  type CallbackCaseView,
  type CaseStatus,
  type CloseReason,
  type RepeatCallers,
  type WallboardCallbacks,
} from "./callbacks/callback-schemas";
export { allCasePages, listCases } from "./callbacks/list-cases";
export { caseFilterSchema } from "./callbacks/callback-schemas";
export { callbackReportTotals } from "./callbacks/callback-kpis";
export { repeatCallers } from "./callbacks/repeat-callers";

// Scheduled reports and the delivery outbox
export { createSmtpMailer } from "./outbox/mailer";
export { deliveryOwner, runDeliveryRound, type DeliveryRoundOptions } from "./outbox/delivery-round";
export { listDeliveries } from "./outbox/outbox";
export {
  createReportSchedule,
  updateReportSchedule,
  type ReportScheduleInput,
} from "./reports/report-schedules";
export { enqueueDueReports } from "./reports/report-scheduler";
export { reportPreview, reportPreviewPdf } from "./reports/report-preview";
export { nextSendAt } from "./reports/report-next-send";
export type { DeliveryView, ReportView } from "./reports/report-router-schemas";
export { sendDueReports, type ReportSenderOptions } from "./reports/report-sender";
export { reportPdf } from "./reports/report-document";
export { loadReportData, type ReportData } from "./reports/report-data";
export type { ReportCriteria } from "./reports/report-schedules";
export type { RenderReportHtml } from "./reports/report-renderer";
export type { CallbackBacklog } from "./reports/callback-backlog";
export { openReportDownload } from "./reports/report-download";

// Alerts
export { evaluateAlerts } from "./alerts/evaluate-alerts";
export { sendDueAlerts } from "./alerts/alert-sender";
