// Second public entry of @antdash/api (`@antdash/api/labels`): the words the pages and the exports share, as plain
// data the browser bundle can import without pulling in the server code of the main entry.
export {
  BREAKDOWN_LABELS,
  CALL_LABELS,
  FILTER_LABELS,
  STATUS_LABELS,
  statusLabel,
  type LabelLocale,
} from "./call-labels";
export { KPI_GLOSSARY, type KpiGlossaryEntry } from "../analytics/kpi-glossary";
