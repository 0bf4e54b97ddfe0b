import { InvalidParameterError } from "./errors";
import { DAY_MS } from "./traffic-shape";

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
const MAX_WINDOW_MS = 31 * DAY_MS;

export interface HistoryQuery {
  fromMs: number;
  toMs: number;
  limit: number;
  page: number;
}

type QueryReader = (name: string) => string | undefined;

/** The values the histories hash covers, in order; limit and page only when they were sent. */
export function historySignedValues(query: QueryReader): string {
  return [query("appId"), query("created_from"), query("created_to"), query("limit"), query("page")]
    .map((value) => value ?? "")
    .join("");
}

function parseInstant(text: string | undefined): number {
  // ISO 8601 as documented (e.g. 2018-02-07T02:19:33.000Z); Date.parse alone accepts too much.
  if (
    text === undefined ||
    !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)
  ) {
    throw new InvalidParameterError();
  }
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new InvalidParameterError();
  return ms;
}

function parseCount(text: string | undefined, fallback: number, max: number): number {
  if (text === undefined || text === "") return fallback;
  if (!/^\d+$/.test(text)) throw new InvalidParameterError();
  const value = Number(text);
  if (value < 1 || value > max) throw new InvalidParameterError();
  return value;
}

export function parseHistoryQuery(query: QueryReader): HistoryQuery {
  const fromMs = parseInstant(query("created_from"));
  const toMs = parseInstant(query("created_to"));
  if (fromMs > toMs || toMs - fromMs > MAX_WINDOW_MS) throw new InvalidParameterError();
  return {
    fromMs,
    toMs,
    limit: parseCount(query("limit"), DEFAULT_LIMIT, MAX_LIMIT),
    page: parseCount(query("page"), 1, 1_000_000_000),
  };
}
