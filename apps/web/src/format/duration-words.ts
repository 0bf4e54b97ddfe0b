// The durations' words and bins are the dashboard components' (shared with the printed report).
export { binLabel, type DurationUnits, formatDuration as formatDurationInWords } from "@antdash/dashboard-ui";
