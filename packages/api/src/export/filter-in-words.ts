import type { CallFilter } from "../calls/call-filter";
import { CALL_LABELS, FILTER_LABELS, type LabelLocale, statusLabel } from "../labels/call-labels";

/**
 * A filter's criteria as (criterion, values) lines in the filter bar's words, e.g. ["Chiều gọi", "Gọi vào"];
 * none when the filter selects every call of its range.
 */
export function filterInWords(filter: CallFilter, locale: LabelLocale): Array<[string, string]> {
  const names = FILTER_LABELS[locale];
  const calls = CALL_LABELS[locale];
  const lines: Array<[string, string]> = [];
  const list = (
    label: string,
    values: readonly string[] | undefined,
    name: (v: string) => string = (v) => v,
  ) => {
    if (values?.length) lines.push([label, values.map(name).join(", ")]);
  };
  list(names.direction, filter.direction, (v) => calls.directions[v as keyof typeof calls.directions] ?? v);
  // Outcomes as the filter bar names them: by the direction or class the filter selects, if only one.
  const only = (values: readonly string[] | undefined) => (values?.length === 1 ? values[0] : undefined);
  list(names.status, filter.status, (v) =>
    statusLabel(locale, v, only(filter.direction), only(filter.callClass)),
  );
  list(names.callClass, filter.callClass, (v) => calls.classes[v as keyof typeof calls.classes] ?? v);
  list(names.did, filter.did);
  list(names.agent, filter.agent);
  if (filter.number) lines.push([names.number, filter.number]);
  if (filter.minDurationSeconds !== undefined)
    lines.push([names.minDuration, String(filter.minDurationSeconds)]);
  if (filter.maxDurationSeconds !== undefined)
    lines.push([names.maxDuration, String(filter.maxDurationSeconds)]);
  if (filter.hasRecording !== undefined)
    lines.push([names.recording, names.recordingChoices[filter.hasRecording ? "yes" : "no"]]);
  return lines;
}
