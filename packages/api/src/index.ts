export {
  callFilterSchema,
  parseCallFilter,
  InvalidFilterError,
  type CallFilter,
  type CallFilterInput,
} from "./calls/call-filter";
export { summarizeCalls, type CallSummary } from "./analytics/summary";
export { exportCalls, type ExportFormat, type ExportOptions } from "./export/export-calls";
