// @antdash/dashboard-ui: the presentational components the web overview and the printed report both render, fed
// plain data and translated words (no data fetching, no routing). recharts charts: `@antdash/dashboard-ui/charts`;
// the report's print view: `@antdash/dashboard-ui/print` (server side).
export { type ClassMap, cx } from "./class-names";
export { fillTemplate } from "./fill-template";
export { intlTag, type UiLocale } from "./locale";
export { binLabel, type DurationUnits, formatDuration } from "./format/duration";
export { formatSeconds, NO_DURATION, numberFormats } from "./format/numbers";
export { type Better, type Delta, kpiDelta, type Tone, type Trend } from "./kpi/kpi-delta";
export {
  KPI_GLOSSARY_KEYS,
  type KpiCardSettings,
  type KpiGroup,
  type KpiId,
  type KpiKind,
  type KpiSpec,
  type KpiSummary,
  kindNarrow,
  kpiSpecs,
  serviceLevelStanding,
  type ServiceLevelStanding,
} from "./kpi/kpi-specs";
export { type KpiFormatter, kpiFormatter } from "./kpi/kpi-format";
export {
  type KpiCardLinks,
  KpiCards,
  type KpiCardWords,
  type KpiExplanations,
  type KpiTargets,
} from "./kpi/kpi-cards";
export type { ChartDatum } from "./charts/chart-datum";
export type { DrillClick, PrintSize } from "./charts/drill-click";
export type { SeriesBucket, SeriesLayer } from "./charts/time-series-chart";
export { type CardState, ChartCard } from "./charts/chart-card";
export { ChartLink, DatumLink } from "./charts/chart-link";
export { ValueList } from "./charts/value-list";
export {
  type FooterRow,
  type KpiColumn,
  kpiColumns,
  type KpiColumnWords,
  KpiRowsTable,
  type KpiTableSorting,
} from "./tables/kpi-rows-table";
export {
  type BreakdownRow,
  type CallSummary,
  type KpiRow,
  kpiRow,
  kpiRows,
  remainderRow,
  totalRow,
} from "./tables/kpi-rows";
