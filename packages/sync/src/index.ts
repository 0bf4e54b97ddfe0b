export { syncRange, type SyncRangeOptions, type SyncRangeResult } from "./sync-range";
export { syncRecent, startIncrementalSync } from "./incremental";
export { SyncFailedError } from "./errors";
export type { SyncProgress, ProgressListener } from "./progress";
