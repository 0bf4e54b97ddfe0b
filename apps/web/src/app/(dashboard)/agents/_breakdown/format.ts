// The tables' number formats are the dashboard components' (shared with the printed report).
export { formatSeconds, numberFormats } from "@antdash/dashboard-ui";
