// Public entry of @antdash/db: the call-history cache (PostgreSQL, or embedded PGlite) and the sync's state.
export { databaseConfigFromEnv, DEFAULT_TIME_ZONE } from "./database/config";
export type { DatabaseConfig } from "./database/config";
export { openDatabase } from "./database/open-database";
export type { Database } from "./database/open-database";
export { EmbeddedDatabaseBusyError, InvalidTimeZoneError, MigrationFailedError } from "./database/errors";
export { migrateDatabase } from "./migrate/migrate-database";

export { callFingerprint, callKey, DuplicateOrdinalTracker } from "./calls/call-key";
export { toCallRow } from "./calls/call-row";
export type { CallRow } from "./calls/call-row";
export { insertCalls } from "./calls/insert-calls";
export { rebuildRollups, rollupTimeZone } from "./calls/rollups";
export {
  histogramBin,
  histogramBinSql,
  histogramBinWidth,
  HISTOGRAM_EXACT_UP_TO,
  HISTOGRAM_METRICS_LATERAL,
  HISTOGRAM_OPEN_BIN,
} from "./calls/histogram-bins";
export { countCalls, newestCallAt } from "./calls/read-calls";

export { listQuarantine, quarantineRecords } from "./quarantine/quarantine";
export type { QuarantinedRecordView, QuarantineEntry } from "./quarantine/quarantine";

export { finishSyncRun, listSyncRuns, startSyncRun, updateSyncRun } from "./sync-state/sync-runs";
export type { SyncRunKind, SyncRunProgress, SyncRunStatus, SyncRunView } from "./sync-state/sync-runs";
export { clearWindows, getDoneWindows, markWindowDone } from "./sync-state/sync-windows";
export type { DoneWindow } from "./sync-state/sync-windows";
export { acquireSyncLock, SyncLockBusyError, SyncLockLostError } from "./sync-state/sync-lock";
export type { SyncLease } from "./sync-state/sync-lock";

export type { PrismaClient } from "./generated/prisma/client";
