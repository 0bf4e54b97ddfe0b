import {
  DEFAULT_RANGE,
  isRangePreset,
  presetRange,
  RANGE_PRESETS,
  type RangePreset,
} from "~/filters/date-range";

/**
 * The Call-backs page's view as it lives in the URL: `range` (a quick pick, default the last 7 days, or explicit
 * `from`/`to` ISO instants) over the cases' first missed call, `status` (open, the default; reached; closed; all),
 * `did` (repeated), `owner` ("me", "none" or a user id), `number` (any written form: the API normalizes it),
 * `sort` (likely to answer now, the default) and the keyset page (`cursor`, `page`). Defaults are left out, so the
 * plain /callbacks link is the everyday worklist.
 */
export const CASE_STATUSES = ["open", "reached", "closed", "all"] as const;
export type CaseStatusFilter = (typeof CASE_STATUSES)[number];
export const CASE_SORTS = ["likely", "oldest", "newest", "missed"] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
export type CaseRange = Exclude<RangePreset, "custom">;
/** The filter bar's quick picks without "custom": the worklist has no from/to inputs of its own. */
export const CASE_RANGES = RANGE_PRESETS.filter((preset): preset is CaseRange => preset !== "custom");

export interface CallbackQuery {
  range: RangePreset;
  /** ISO instants, only for range "custom". */
  from?: string;
  to?: string;
  status: CaseStatusFilter;
  dids: string[];
  /** "me", "none" or a user id; undefined means anyone. */
  owner?: string;
  number?: string;
  sort: CaseSort;
  /** The keyset cursor of the page shown (undefined: the first page) and its ordinal, for "page N". */
  cursor?: string;
  page: number;
  /** Cursors of the pages before this one (page 2 onwards), oldest first: the API pages forwards only. */
  previous: string[];
}

/** Query keys that say where in the list the view is: dropped whenever the filter or the order changes. */
export const POSITION_KEYS = ["cursor", "page", "prev"] as const;
const NUMBER_MAX = 64;
const CURSOR = /^[A-Za-z0-9_=-]{1,1024}$/;
/** Earlier cursors kept for "previous"; beyond this, previous from a deep page goes back to the first page. */
const MAX_PREVIOUS = 20;

function oneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

export function readCallbackQuery(params: URLSearchParams): CallbackQuery {
  const status = params.get("status");
  const sort = params.get("sort");
  const rangeParam = params.get("range");
  const from = params.get("from");
  const to = params.get("to");
  const explicit =
    from !== null && to !== null && !Number.isNaN(Date.parse(from)) && !Number.isNaN(Date.parse(to));
  const range: RangePreset =
    isRangePreset(rangeParam) && rangeParam !== "custom" ? rangeParam : explicit ? "custom" : DEFAULT_RANGE;
  const owner = params.get("owner")?.trim();
  const number = params.get("number")?.trim();
  const cursorParam = params.get("cursor");
  const cursor = cursorParam !== null && CURSOR.test(cursorParam) ? cursorParam : undefined;
  const page = Number(params.get("page"));
  const previous = cursor
    ? (params.get("prev") ?? "")
        .split(".")
        .filter((c) => CURSOR.test(c))
        .slice(-MAX_PREVIOUS)
    : [];
  return {
    range,
    ...(range === "custom" ? { from: from!, to: to! } : {}),
    status: oneOf(CASE_STATUSES, status) ? status : "open",
    dids: [
      ...new Set(
        params
          .getAll("did")
          .flatMap((d) => d.split(","))
          .map((d) => d.trim())
          .filter((d) => d !== ""),
      ),
    ],
    ...(owner ? { owner } : {}),
    ...(number ? { number: number.slice(0, NUMBER_MAX) } : {}),
    sort: oneOf(CASE_SORTS, sort) ? sort : "likely",
    ...(cursor ? { cursor } : {}),
    page: cursor && Number.isInteger(page) && page > 1 ? page : 1,
    previous,
  };
}

export function writeCallbackQuery(query: CallbackQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.range === "custom" && query.from !== undefined && query.to !== undefined) {
    params.set("from", query.from);
    params.set("to", query.to);
  } else if (query.range !== DEFAULT_RANGE && query.range !== "custom") {
    params.set("range", query.range);
  }
  if (query.status !== "open") params.set("status", query.status);
  for (const did of query.dids) params.append("did", did);
  if (query.owner) params.set("owner", query.owner);
  if (query.number) params.set("number", query.number);
  if (query.sort !== "likely") params.set("sort", query.sort);
  if (query.cursor) {
    params.set("cursor", query.cursor);
    params.set("page", String(query.page));
    if (query.previous.length > 0) params.set("prev", query.previous.join("."));
  }
  return params;
}

/** The href of a view of this page. */
export function callbacksHref(query: CallbackQuery): string {
  const text = writeCallbackQuery(query).toString();
  return text === "" ? "/callbacks" : `/callbacks?${text}`;
}

/** A change of filter or order: back to the first page. */
export function refiltered(
  query: CallbackQuery,
  patch: Partial<Omit<CallbackQuery, "cursor" | "page" | "previous">>,
): CallbackQuery {
  const { cursor: _cursor, ...rest } = { ...query, ...patch };
  return { ...rest, page: 1, previous: [] };
}

export function firstPage(query: CallbackQuery): CallbackQuery {
  return refiltered(query, {});
}

export function nextPage(query: CallbackQuery, cursor: string): CallbackQuery {
  const previous = query.cursor ? [...query.previous, query.cursor].slice(-MAX_PREVIOUS) : [];
  return { ...query, cursor, page: query.page + 1, previous };
}

/** One page back: the last kept cursor, or the first page when none is left (page 2, or past MAX_PREVIOUS). */
export function previousPage(query: CallbackQuery): CallbackQuery {
  const cursor = query.previous.at(-1);
  if (cursor === undefined || query.page <= 2) return firstPage(query);
  return { ...query, cursor, page: query.page - 1, previous: query.previous.slice(0, -1) };
}

/** The instants the view's range covers in `timeZone` at `now`. */
export function resolveRange(
  query: CallbackQuery,
  timeZone: string,
  now: Date,
): { from: string; to: string } {
  if (query.range === "custom" && query.from !== undefined && query.to !== undefined) {
    return { from: new Date(query.from).toISOString(), to: new Date(query.to).toISOString() };
  }
  const { from, to } = presetRange(query.range === "custom" ? DEFAULT_RANGE : query.range, timeZone, now);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Rows per page of the worklist. */
export const PAGE_SIZE = 50;

/** What each order of the page asks the API for. */
const SORTS: Record<
  CaseSort,
  { column: "likely_now" | "age" | "last_missed_at" | "missed_count"; direction: "asc" | "desc" }
> = {
  likely: { column: "likely_now", direction: "desc" },
  oldest: { column: "age", direction: "desc" },
  newest: { column: "last_missed_at", direction: "desc" },
  missed: { column: "missed_count", direction: "desc" },
};

/** The API's case filter for a view ("me" is the signed-in user; the range already resolved by the server). */
export function caseFilter(query: CallbackQuery, range: { from: string; to: string }, userId: string) {
  return {
    from: range.from,
    to: range.to,
    ...(query.status !== "all" && { status: [query.status] }),
    ...(query.dids.length > 0 && { did: query.dids }),
    ...(query.owner !== undefined && { owner: [query.owner === "me" ? userId : query.owner] }),
    ...(query.number !== undefined && { number: query.number }),
  };
}

/** The list procedure's input for a view: the server page and the browser build the same one, so keys match. */
export function listCasesInput(query: CallbackQuery, range: { from: string; to: string }, userId: string) {
  return {
    filter: caseFilter(query, range, userId),
    sort: SORTS[query.sort],
    limit: PAGE_SIZE,
    ...(query.cursor !== undefined && { cursor: query.cursor }),
  };
}

/** The export route's URL for exactly the cases the list shows (every page of them). */
export function casesExportUrl(
  format: "csv" | "xlsx",
  query: CallbackQuery,
  range: { from: string; to: string },
): string {
  const params = writeCallbackQuery({
    ...query,
    range: "custom",
    ...range,
    cursor: undefined,
    page: 1,
    previous: [],
  });
  params.set("format", format);
  return `/api/export/callbacks?${params.toString()}`;
}
