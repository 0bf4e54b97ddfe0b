// One duration format for every page and the printed report: the dashboard components' own.
export { formatSeconds as formatDuration, NO_DURATION } from "@antdash/dashboard-ui";
