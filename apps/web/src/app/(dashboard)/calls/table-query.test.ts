import { describe, expect, it } from "vitest";
import {
  DEFAULT_PAGE_SIZE,
  filterScope,
  listCallsInput,
  MAX_PREVIOUS,
  nextPage,
  previousPage,
  readTableQuery,
  sortedBy,
  withCall,
  withPageSize,
  writeTableQuery,
} from "./table-query";

const FILTER = "range=lastWeek&status=BUSY&did=02873000001";

function at(query: string) {
  const params = new URLSearchParams(query);
  return { params, table: readTableQuery(params) };
}

describe("table query in the URL", () => {
  it("defaults to the newest calls first, 50 a page, page 1", () => {
    expect(at(FILTER).table).toEqual({
      sort: { column: "started_at", direction: "desc" },
      size: DEFAULT_PAGE_SIZE,
      page: 1,
      previous: [],
    });
  });

  it("reads a sort with its direction, refusing unknown columns and sizes", () => {
    expect(at("sort=duration_seconds&dir=asc&size=100").table).toMatchObject({
      sort: { column: "duration_seconds", direction: "asc" },
      size: 100,
    });
    // A column without a direction sorts its natural first way; junk falls back to the defaults.
    expect(at("sort=caller_number").table.sort).toEqual({ column: "caller_number", direction: "asc" });
    expect(at("sort=recording;drop&dir=sideways&size=7").table).toMatchObject({
      sort: { column: "started_at", direction: "desc" },
      size: DEFAULT_PAGE_SIZE,
    });
  });

  it("walks pages forward and back through the URL, keeping the filter and other keys", () => {
    let { params, table } = at(`${FILTER}&sort=wait_seconds&dir=desc`);
    const pages: string[] = [];
    for (const cursor of ["c1", "c2", "c3"]) {
      params = writeTableQuery(params, nextPage(table, cursor));
      table = readTableQuery(params);
      pages.push(params.toString());
    }
    expect(table).toMatchObject({ page: 4, cursor: "c3", previous: ["c1", "c2"] });
    expect(params.getAll("status")).toEqual(["BUSY"]);
    expect(params.get("sort")).toBe("wait_seconds");

    params = writeTableQuery(params, previousPage(table));
    table = readTableQuery(params);
    expect(params.toString()).toBe(pages[1]);
    expect(table).toMatchObject({ page: 3, cursor: "c2", previous: ["c1"] });
    table = readTableQuery(writeTableQuery(params, previousPage(previousPage(table))));
    expect(table).toMatchObject({ page: 1, previous: [] });
    expect(table.cursor).toBeUndefined();
  });

  it("ignores a cursor made for another filter, so a new filter starts on page 1", () => {
    const { params, table } = at(FILTER);
    const paged = writeTableQuery(params, nextPage(table, "c1"));
    expect(readTableQuery(paged).page).toBe(2);
    // The same filter with its keys in another order is the same filter.
    const reordered = new URLSearchParams(paged);
    reordered.sort();
    expect(readTableQuery(reordered).cursor).toBe("c1");
    const refiltered = new URLSearchParams(paged);
    refiltered.set("status", "SUCCESS");
    expect(readTableQuery(refiltered)).toMatchObject({ page: 1, previous: [] });
    expect(readTableQuery(refiltered).cursor).toBeUndefined();
    expect(filterScope(refiltered)).not.toBe(filterScope(paged));
  });

  it("starts again on page 1 when the order or page size changes, and keeps the open call", () => {
    const paged = nextPage(nextPage(at(FILTER).table, "c1"), "c2");
    expect(sortedBy(paged, { column: "did_number", direction: "asc" })).toMatchObject({
      page: 1,
      previous: [],
    });
    expect(withPageSize(paged, 200)).toMatchObject({ page: 1, size: 200 });
    const opened = withCall(paged, "rec:call_1.mp3");
    const url = writeTableQuery(new URLSearchParams(FILTER), opened);
    expect(readTableQuery(url)).toMatchObject({ call: "rec:call_1.mp3", page: 3, cursor: "c2" });
    expect(withCall(opened, undefined)).not.toHaveProperty("call");
  });

  it("keeps only the latest cursors on very deep pages; previous from there goes back to page 1", () => {
    let table = at(FILTER).table;
    for (let i = 1; i <= MAX_PREVIOUS + 5; i++) table = nextPage(table, `c${i}`);
    expect(table.page).toBe(MAX_PREVIOUS + 6);
    expect(table.previous).toHaveLength(MAX_PREVIOUS);
    const reread = readTableQuery(writeTableQuery(new URLSearchParams(FILTER), table));
    expect(reread).toEqual(table);
    for (let i = 0; i < MAX_PREVIOUS; i++) table = previousPage(table);
    expect(table.page).toBe(6);
    expect(previousPage(table).page).toBe(1);
  });

  it("builds the list input without a cursor on page 1 (the page that also counts the total)", () => {
    const filter = { from: "2026-11-01T00:00:00.000Z", to: "2026-11-02T00:00:00.000Z" };
    const first = at("size=25").table;
    expect(listCallsInput(filter, first)).toEqual({
      filter,
      sort: { column: "started_at", direction: "desc" },
      limit: 25,
    });
    expect(listCallsInput(filter, nextPage(first, "c1")).cursor).toBe("c1");
  });
});
