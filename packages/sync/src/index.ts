export { syncRange, DEFAULT_SETTLE_MS, type SyncRangeOptions, type SyncRangeResult } from "./sync-range";
export { syncRecent, startIncrementalSync, type IncrementalSyncOptions } from "./incremental";
export { SyncFailedError } from "./errors";
export type { SyncProgress, ProgressListener } from "./progress";
