import type { CallFilterInput, RouterInputs } from "@antdash/api";
import { filterStateFromQuery, filterStateToQuery } from "~/filters";

/**
 * The call table's own part of the page URL, beside the filter's keys: sort column and direction, page size, the
 * keyset page position, and the call whose details are open. Read by the server page (to prefetch exactly what the
 * browser will ask for) and by the table (which changes it), so a reload or a copied link shows the same page.
 *
 *   sort=duration_seconds&dir=asc&size=100&page=3&cursor=<c2>&prev=<c1>&scope=<filter hash>&call=<id>
 *
 * The API pages by keyset only forwards, so "previous" needs the cursors of the earlier pages: `prev` keeps them
 * (oldest first, the deepest ones dropped past MAX_PREVIOUS so the URL stays short). A cursor belongs to one
 * filter: `scope` is a hash of the filter it was made for, and a cursor whose scope differs from the current
 * filter (the filter bar changed it) is ignored, so a new filter always starts on its first page.
 */

type ListCallsInput = RouterInputs["calls"]["list"];
export type CallSort = NonNullable<ListCallsInput["sort"]>;
export type CallSortColumn = CallSort["column"];
export type SortDirection = CallSort["direction"];

/** Every column the API sorts by, with the direction a first click sorts in: times and amounts largest first. */
export const FIRST_SORT_DIRECTION: Record<CallSortColumn, SortDirection> = {
  started_at: "desc",
  duration_seconds: "desc",
  billing_seconds: "desc",
  wait_seconds: "desc",
  direction: "asc",
  status_detail: "asc",
  did_number: "asc",
  caller_number: "asc",
  callee_number: "asc",
  class: "asc",
  agents: "asc",
};

export function isSortColumn(value: string | null | undefined): value is CallSortColumn {
  return value != null && Object.hasOwn(FIRST_SORT_DIRECTION, value);
}

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 50;
export const DEFAULT_SORT: CallSort = { column: "started_at", direction: "desc" };
/** Earlier cursors kept for "previous"; beyond this, previous from a deep page returns to the first page. */
export const MAX_PREVIOUS = 20;

export const TABLE_KEYS = ["sort", "dir", "size", "page", "cursor", "prev", "scope", "call"] as const;
/** The page position: dropped when the filter changes (the filter bar's resetKeys), a new filter starts on page 1. */
export const TABLE_POSITION_KEYS = ["page", "cursor", "prev", "scope"] as const;

export interface TableQuery {
  sort: CallSort;
  size: PageSize;
  /** 1-based page number. */
  page: number;
  /** This page's cursor; absent on the first page. */
  cursor?: string;
  /** Cursors of the pages before this one (page 2 onwards), oldest first; possibly cut short on deep pages. */
  previous: string[];
  /** The call whose details are open. */
  call?: string;
}

const CURSOR = /^[A-Za-z0-9_-]{1,1024}$/;

export function readTableQuery(params: URLSearchParams): TableQuery {
  const sortParam = params.get("sort");
  const column = isSortColumn(sortParam) ? sortParam : DEFAULT_SORT.column;
  const dirParam = params.get("dir");
  const direction: SortDirection =
    dirParam === "asc" || dirParam === "desc"
      ? dirParam
      : isSortColumn(sortParam)
        ? FIRST_SORT_DIRECTION[column]
        : DEFAULT_SORT.direction;
  const sizeParam = Number(params.get("size"));
  const size = (PAGE_SIZES as readonly number[]).includes(sizeParam)
    ? (sizeParam as PageSize)
    : DEFAULT_PAGE_SIZE;
  const call = params.get("call") || undefined;
  const base: TableQuery = {
    sort: { column, direction },
    size,
    page: 1,
    previous: [],
    ...(call && { call }),
  };

  const cursor = params.get("cursor");
  if (cursor === null || !CURSOR.test(cursor) || params.get("scope") !== filterScope(params)) return base;
  const previous = (params.get("prev") ?? "")
    .split(",")
    .filter((c) => CURSOR.test(c))
    .slice(-MAX_PREVIOUS);
  const pageParam = Number(params.get("page"));
  const lowest = previous.length + 2;
  const page = Number.isSafeInteger(pageParam) && pageParam >= lowest ? pageParam : lowest;
  return { ...base, page, cursor, previous };
}

/** `current` with the table keys replaced by `query`'s (defaults left out); every other key is kept. */
export function writeTableQuery(current: URLSearchParams, query: TableQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of current) {
    if (!(TABLE_KEYS as readonly string[]).includes(key)) params.append(key, value);
  }
  const { sort, size } = query;
  if (sort.column !== DEFAULT_SORT.column || sort.direction !== DEFAULT_SORT.direction) {
    params.set("sort", sort.column);
    params.set("dir", sort.direction);
  }
  if (size !== DEFAULT_PAGE_SIZE) params.set("size", String(size));
  if (query.cursor !== undefined) {
    params.set("page", String(query.page));
    params.set("cursor", query.cursor);
    if (query.previous.length > 0) params.set("prev", query.previous.join(","));
    params.set("scope", filterScope(current));
  }
  if (query.call !== undefined) params.set("call", query.call);
  return params;
}

function onFirstPage(query: TableQuery): TableQuery {
  const { cursor: _cursor, ...rest } = query;
  return { ...rest, page: 1, previous: [] };
}

export function nextPage(query: TableQuery, nextCursor: string): TableQuery {
  const previous = query.cursor === undefined ? [] : [...query.previous, query.cursor].slice(-MAX_PREVIOUS);
  return { ...query, page: query.page + 1, cursor: nextCursor, previous };
}

export function previousPage(query: TableQuery): TableQuery {
  const cursor = query.previous.at(-1);
  if (query.page <= 2 || cursor === undefined) return onFirstPage(query);
  return { ...query, page: query.page - 1, cursor, previous: query.previous.slice(0, -1) };
}

export function firstPage(query: TableQuery): TableQuery {
  return onFirstPage(query);
}

/** A new order starts again on the first page (a cursor belongs to one order). */
export function sortedBy(query: TableQuery, sort: CallSort): TableQuery {
  return { ...onFirstPage(query), sort };
}

export function withPageSize(query: TableQuery, size: PageSize): TableQuery {
  return { ...onFirstPage(query), size };
}

export function withCall(query: TableQuery, call: string | undefined): TableQuery {
  const { call: _call, ...rest } = query;
  return call === undefined ? rest : { ...rest, call };
}

/** The calls.list input for a page: equal on server and browser, so the prefetched page is the one shown. */
export function listCallsInput(filter: CallFilterInput, query: TableQuery): ListCallsInput {
  return {
    filter,
    sort: query.sort,
    limit: query.size,
    ...(query.cursor !== undefined && { cursor: query.cursor }),
  };
}

/**
 * A short hash of the filter the URL holds (its canonical query form, quick picks by name): equal for the same
 * filter however its keys are ordered, different when the filter bar changes anything.
 */
export function filterScope(params: URLSearchParams): string {
  const canonical = filterStateToQuery(filterStateFromQuery(params));
  canonical.sort();
  let hash = 0x811c9dc5; // FNV-1a, 32 bits: no crypto needed, only a change detector
  for (const char of canonical.toString()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
