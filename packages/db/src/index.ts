// Public entry of @antdash/db: the call-history cache (PostgreSQL, or embedded PGlite) and the sync's state.
export { databaseConfigFromEnv, DEFAULT_TIME_ZONE } from "./database/config";
export type { DatabaseConfig } from "./database/config";
export { openDatabase } from "./database/open-database";
export type { Database } from "./database/open-database";
export { hasRecentReaders, noteReadActivity } from "./database/read-activity";
export { pendingMigrations } from "./migrate/migrate-database";

export { callFingerprint, callKey, DuplicateOrdinalTracker } from "./calls/call-key";
export { toCallRow } from "./calls/call-row";
export type { CallRow } from "./calls/call-row";
export { insertCalls, type InsertCallsOptions } from "./calls/insert-calls";
export { hasCallsBetween, replaceWindowCalls } from "./calls/replace-window-calls";
export type { WindowCorrections } from "./calls/replace-window-calls";
export { rebuildRollups, weekHourSql } from "./calls/rollups";
export { DISTRIBUTION_EDGES, distributionBinSql } from "./calls/distribution-bins";
export {
  histogramBin,
  histogramBinSql,
  histogramBinWidth,
  HISTOGRAM_METRICS_LATERAL,
} from "./calls/histogram-bins";
export { countCalls, newestCallAt } from "./calls/read-calls";
// Wall-clock time in a zone (offsets to the second): the one implementation the API and the CLI use.
export { fromWallClock, toWallClock } from "./time/zoned-time";

export {
  markCallbackNumbersDirty,
  rebuildCallbackCases,
  refreshCallbackCases,
} from "./callbacks/refresh-cases";
export { DEFAULT_SHORT_ABANDON_SECONDS } from "./callbacks/short-abandon";

export { listQuarantine, quarantineRecords } from "./quarantine/quarantine";

export { finishSyncRun, listSyncRuns, startSyncRun, updateSyncRun } from "./sync-state/sync-runs";
export type { SyncRunView } from "./sync-state/sync-runs";
export { clearWindows, getDoneWindows, markWindowDone } from "./sync-state/sync-windows";
export { acquireSyncLock, SyncLockBusyError } from "./sync-state/sync-lock";
export type { SyncLease } from "./sync-state/sync-lock";
