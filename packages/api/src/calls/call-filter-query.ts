// Public entry `@antdash/api/call-filter-query`: the browser bundle imports it, so it imports no code (types only).
import type { CallFilterInput } from "./call-filter";

// A call filter as URL query parameters, the form shared by page URLs (issue 5), the export link and the saved views
// a report reads: from, to (ISO instants), direction, status, did, agent, callClass (each repeated or
// comma-separated), number, minDurationSeconds, maxDurationSeconds, hasRecording (true|false). Values are passed on as
// typed as the query allows; parseCallFilter decides what is valid and says why not.

const LIST_KEYS = ["direction", "status", "did", "agent", "callClass"] as const;
const NUMBER_KEYS = ["minDurationSeconds", "maxDurationSeconds"] as const;

/** The filter fields found in `params`, untrusted: hand the result to parseCallFilter. */
export function callFilterFromQuery(params: URLSearchParams): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const from = params.get("from");
  const to = params.get("to");
  if (from !== null) filter.from = from;
  if (to !== null) filter.to = to;
  for (const key of LIST_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((value) => value.split(","))
      .map((value) => value.trim())
      .filter((value) => value !== "");
    if (values.length > 0) filter[key] = values;
  }
  const number = params.get("number");
  if (number !== null && number.trim() !== "") filter.number = number;
  for (const key of NUMBER_KEYS) {
    const value = params.get(key);
    if (value !== null && value.trim() !== "")
      filter[key] = /^\d+$/.test(value.trim()) ? Number(value) : value;
  }
  const hasRecording = params.get("hasRecording");
  if (hasRecording !== null && hasRecording !== "") filter.hasRecording = parseBoolean(hasRecording);
  return filter;
}

/** The query for a filter: the inverse of callFilterFromQuery. */
export function callFilterToQuery(filter: CallFilterInput): URLSearchParams {
  const params = new URLSearchParams();
  params.set("from", new Date(filter.from as string | number | Date).toISOString());
  params.set("to", new Date(filter.to as string | number | Date).toISOString());
  for (const key of LIST_KEYS) {
    for (const value of filter[key] ?? []) params.append(key, value);
  }
  if (filter.number !== undefined) params.set("number", filter.number);
  for (const key of NUMBER_KEYS) {
    const value = filter[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (filter.hasRecording !== undefined) params.set("hasRecording", String(filter.hasRecording));
  return params;
}

function parseBoolean(value: string): boolean | string {
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return value; // refused by the schema with its own message
}
