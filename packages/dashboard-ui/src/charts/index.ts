// `@antdash/dashboard-ui/charts`: the recharts charts, an entry of their own so a page can load them after its
// numbers (recharts is most of the charts' weight).
export { BarListChart } from "./bar-list-chart";
export { DirectionChart } from "./direction-chart";
export { TimeSeriesChart } from "./time-series-chart";
