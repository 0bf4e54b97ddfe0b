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
export { createApiContext, type ApiDependencies, type RequestPrincipal } from "./create-context";

// Errors: each kind maps to one HTTP status (httpStatusOf) for the web app's routes.
export {
  AccessDeniedError,
  ApiError,
  ConflictError,
  httpStatusOf,
  InvalidInputError,
  NotFoundError,
  PreconditionFailedError,
  TooManyRequestsError,
  UpstreamUnavailableError,
} from "./errors";

// Sign-in, sessions, users
export { ROLES, hasRole, type Role } from "./auth/roles";
export { LOCALES, type Locale } from "./auth/locales";
export { requireRole } from "./auth/require-role";
export { verifyCredentials, type Credentials, type SignedInUser } from "./auth/credentials";
export { LoginRateLimitedError, LOGIN_LIMITS } from "./auth/login-rate-limit";
export { loadSessionUser, type SessionClaims } from "./auth/session-user";
export { endAllSessions, endSession } from "./auth/sessions";
export { ensureBootstrapAdmin } from "./auth/bootstrap-admin";
export { GuessablePasswordError, PASSWORD_MIN_LENGTH, WeakPasswordError } from "./auth/password";
export {
  createUser,
  deleteUser,
  EmailTakenError,
  LastAdminError,
  listUsers,
  setPassword,
  updateUser,
  UserNotFoundError,
  type NewUser,
  type UserPatch,
  type UserView,
} from "./auth/users";

// Admin
export { resolveTvToken, type TvDisplayView } from "./admin/tv-displays";
export {
  getSettings,
  DEFAULT_KPI_SETTINGS,
  DEFAULT_THRESHOLDS,
  type KpiSettings,
  type Settings,
  type Thresholds,
} from "./admin/settings";

// Audit
export {
  recordAudit,
  listAudit,
  type AuditAction,
  type AuditActor,
  type AuditEventView,
} from "./audit/audit";

// Calls, analytics, exports
export {
  callFilterSchema,
  parseCallFilter,
  InvalidFilterError,
  type CallFilter,
  type CallFilterInput,
} from "./calls/call-filter";
export { analyzeCalls, summarizeCalls, type CallSummary, type PeriodAnalysis } from "./analytics/summary";
export type { BreakdownDimension, BreakdownRow, Breakdowns } from "./analytics/breakdowns";
export {
  callKindOf,
  type CallKind,
  type CallKpis,
  type InboundKpis,
  type InternalKpis,
  type KpiThresholds,
  type OutboundKpis,
} from "./analytics/kpis";
export { HEATMAP_MODES, type HeatmapMode } from "./analytics/heatmap";
export {
  fillGlossaryText,
  KPI_GLOSSARY,
  KPI_GLOSSARY_GROUPS,
  KPI_GLOSSARY_TERMS,
  NO_VALUE_NOTE,
  WAIT_CAVEAT,
  type GlossaryText,
  type KpiGlossaryEntry,
  type KpiGlossaryGroup,
} from "./analytics/kpi-glossary";
export { exportCalls, type ExportFormat, type ExportOptions } from "./export/export-calls";
export { exportSummary, summaryRows } from "./export/export-summary";
export type { LabelLocale } from "./labels/call-labels";
export {
  openCallbackExport,
  openExport,
  recordExport,
  type ExportKind,
  type ExportRequest,
  type ExportResponse,
} from "./export/open-export";

// Recordings
export {
  openRecording,
  RecordingNotFoundError,
  RecordingRangeNotSatisfiableError,
  RecordingUnavailableError,
  type RecordingResponse,
} from "./recordings/open-recording";

// Telephony
export { SipDeviceNotConfiguredError, SipDeviceOfflineError } from "./telephony/click-to-call";

// Open live streams per caller (the web's wallboard events and sync progress)
export { LIVE_STREAM_LIMITS, StreamLimiter } from "./live-streams/stream-limiter";

// Sync control (implemented by the web app)
export { SyncBusyError, type SyncController, type SyncControllerStatus } from "./sync/sync-controller";

// Call-back cases (issue 13)
export {
  CASE_SORT_COLUMNS,
  CASE_STATUSES,
  CLOSE_REASONS,
  type CallbackCaseView,
  type CallbackKpis,
  type CaseFilter,
  type CaseStatus,
  type CloseReason,
  type RepeatCallers,
  type WallboardCallbacks,
} from "./callbacks/callback-schemas";
export { listCases, type CasePage } from "./callbacks/list-cases";
export { caseFilterSchema } from "./callbacks/callback-schemas";
export { exportCases } from "./export/export-cases";
export { callbackKpis, callbackReportTotals } from "./callbacks/callback-kpis";
export { repeatCallers } from "./callbacks/repeat-callers";
export { numberMatch, type NumberMatch } from "./calls/number-match";

// Scheduled reports and the delivery outbox
export { createSmtpMailer, PermanentMailError, type Mailer, type OutgoingMail } from "./outbox/mailer";
export { listDeliveries, type DeliveryRow } from "./outbox/outbox";
export {
  createReportSchedule,
  deleteReportSchedule,
  getReportSchedule,
  listReportSchedules,
  updateReportSchedule,
  type ReportSchedule,
  type ReportScheduleInput,
} from "./reports/report-schedules";
export { enqueueDueReports, requestReportNow, scheduledKey, sendNowKey } from "./reports/report-scheduler";
export { reportPreview, reportPreviewPath, reportPreviewPdf } from "./reports/report-preview";
export { nextSendAt } from "./reports/report-next-send";
export type { DeliveryView, ReportView } from "./reports/report-router-schemas";
export { sendDueReports, type ReportSenderOptions } from "./reports/report-sender";
export { reportDataFor, reportPdf, latestPeriodOf } from "./reports/report-document";
export { loadReportData, type ReportData } from "./reports/report-data";
export type { ReportCriteria } from "./reports/report-schedules";
export { type RenderReportHtml, ReportRendererMissingError } from "./reports/report-renderer";
export { periodLabel } from "./reports/report-period-label";
export { renderPdf, DEFAULT_CHROMIUM_PATH } from "./reports/report-pdf";
export { callbackBacklog, type CallbackBacklog } from "./reports/callback-backlog";
export { signDownload, verifyDownload, type DownloadGrant } from "./reports/download-link";
export { openReportDownload } from "./reports/report-download";

// Alerts
export {
  ALERT_KINDS,
  createAlertRule,
  deleteAlertRule,
  listAlertRules,
  publicRule,
  updateAlertRule,
  type AlertKind,
  type AlertRule,
  type AlertRuleInput,
} from "./alerts/alert-rules";
export { evaluateAlerts, listAlertEvents, type AlertEventView } from "./alerts/evaluate-alerts";
export { sendDueAlerts, webhookSignature, WEBHOOK_SIGNATURE_HEADER } from "./alerts/alert-sender";
