// The filter shared by every analytic page: its URL form, quick-pick ranges and drill-down links.
export {
  bucketEnd,
  DEFAULT_RANGE,
  localDayRange,
  presetRange,
  RANGE_PRESETS,
  type RangePreset,
} from "./date-range";
export {
  type FilterState,
  filterStateFromQuery,
  filterStateToQuery,
  hrefForFilter,
  resolveCallFilter,
} from "./filter-state";
