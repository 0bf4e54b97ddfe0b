// The number formats of the dashboard components (shared with the printed report).
export { numberFormats } from "@antdash/dashboard-ui";
