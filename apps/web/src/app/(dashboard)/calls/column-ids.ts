/** Column ids: the API's sort keys for sortable columns, so a sorted column's id is the sort the API gets. */
export const COLUMN_IDS = [
  "started_at",
  "direction",
  "status_detail",
  "caller_number",
  "callee_number",
  "did_number",
  "agents",
  "duration_seconds",
  "billing_seconds",
  "wait_seconds",
  "class",
  "recording",
] as const;
export type CallColumnId = (typeof COLUMN_IDS)[number];

/** Shown until the supervisor chooses otherwise: the less used ones are hidden to fit a tablet. */
export const DEFAULT_COLUMN_VISIBILITY: Record<CallColumnId, boolean> = {
  started_at: true,
  direction: true,
  status_detail: true,
  caller_number: true,
  callee_number: true,
  did_number: true,
  agents: true,
  duration_seconds: true,
  billing_seconds: true,
  wait_seconds: false,
  class: false,
  recording: true,
};
