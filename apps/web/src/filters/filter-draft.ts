import { fromLocalInput } from "./local-time";

/** What the typed fields of the filter bar hold before "Apply": raw input text. */
export interface FilterDraft {
  /** datetime-local values in the viewer's zone; both empty unless the range is custom. */
  from: string;
  to: string;
  custom: boolean;
  number: string;
  minDuration: string;
  maxDuration: string;
}

export type DraftField = "from" | "to" | "number" | "minDuration" | "maxDuration";
export type DraftProblem = "badDate" | "toBeforeFrom" | "badSeconds" | "minAboveMax" | "numberTooLong";

/** The typed fields as filter values, ready for the URL. */
export interface DraftValues {
  /** ISO instants, for a custom range. */
  from?: string;
  to?: string;
  number?: string;
  minDurationSeconds?: number;
  maxDurationSeconds?: number;
}

export type DraftResult =
  { ok: true; values: DraftValues } | { ok: false; problems: Partial<Record<DraftField, DraftProblem>> };

const SECONDS = /^\d{1,9}$/;

/**
 * Checks the typed fields the way the API would, so an invalid filter gets a message beside its field instead of a
 * request (and a failed page). Empty fields mean "no criterion".
 */
export function checkDraft(draft: FilterDraft, timeZone: string): DraftResult {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  const values: DraftValues = {};

  if (draft.custom) {
    const from = fromLocalInput(draft.from, timeZone);
    const to = fromLocalInput(draft.to, timeZone, true);
    if (!from) problems.from = "badDate";
    if (!to) problems.to = "badDate";
    if (from && to) {
      if (to.getTime() < from.getTime()) problems.to = "toBeforeFrom";
      values.from = from.toISOString();
      values.to = to.toISOString();
    }
  }

  const number = draft.number.trim();
  if (number.length > 64) problems.number = "numberTooLong";
  else if (number !== "") values.number = number;

  const seconds = (field: "minDuration" | "maxDuration"): number | undefined => {
    const text = draft[field].trim();
    if (text === "") return undefined;
    if (!SECONDS.test(text)) {
      problems[field] = "badSeconds";
      return undefined;
    }
    return Number(text);
  };
  const min = seconds("minDuration");
  const max = seconds("maxDuration");
  if (min !== undefined) values.minDurationSeconds = min;
  if (max !== undefined) values.maxDurationSeconds = max;
  if (min !== undefined && max !== undefined && min > max) problems.maxDuration = "minAboveMax";

  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, values };
}
