import type { CallFilter } from "../calls/call-filter";
import { CALL_LABELS, FILTER_LABELS, type LabelLocale, STATUS_LABELS } from "../labels/call-labels";

/**
 * A filter's criteria as (criterion, values) lines in the filter bar's words, e.g. ["Chiều gọi", "Gọi vào"]; none
 * when the filter selects every call of its range.
 */
export function filterInWords(filter: CallFilter, locale: LabelLocale): Array<[string, string]> {
  const names = FILTER_LABELS[locale];
  const calls = CALL_LABELS[locale];
  const lines: Array<[string, string]> = [];
  const list = (label: string, values: readonly string[] | undefined, name: (v: string) => string = (v) => v) => {
    if (values?.length) lines.push([label, values.map(name).join(", ")]);
  };
  list(names.direction, filter.direction, (v) => calls.directions[v as keyof typeof calls.directions] ?? v);
  list(names.status, filter.status, (v) => STATUS_LABELS[locale].any[v as keyof (typeof STATUS_LABELS)["en"]["any"]] ?? v);
  list(names.callClass, filter.callClass, (v) => calls.classes[v as keyof typeof calls.classes] ?? v);
  list(names.did, filter.did);
  list(names.agent, filter.agent);
  if (filter.number) lines.push([names.number, filter.number]);
  if (filter.minDurationSeconds !== undefined) lines.push([names.minDuration, String(filter.minDurationSeconds)]);
  if (filter.maxDurationSeconds !== undefined) lines.push([names.maxDuration, String(filter.maxDurationSeconds)]);
  if (filter.hasRecording !== undefined)
    lines.push([names.recording, names.recordingChoices[filter.hasRecording ? "yes" : "no"]]);
  return lines;
}
