import { describe, expect, it } from "vitest";
import {
  callbacksHref,
  casesExportUrl,
  firstPage,
  listCasesInput,
  nextPage,
  previousPage,
  readCallbackQuery,
  refiltered,
  resolveRange,
  writeCallbackQuery,
} from "./callbacks-query";

const read = (query: string) => readCallbackQuery(new URLSearchParams(query));

describe("the Call-backs page's URL", () => {
  it("defaults to the open cases of the last 7 days, likely to answer now first, and writes no defaults", () => {
    const query = read("");
    expect(query).toEqual({
      range: "last7",
      status: "open",
      dids: [],
      sort: "likely",
      page: 1,
      previous: [],
    });
    expect(callbacksHref(query)).toBe("/callbacks");
  });

  it("round-trips every filter, keeping the number as typed (the API normalizes it)", () => {
    const text =
      "range=last30&status=all&did=19001234&did=02873001234&owner=me&number=%2B84+903+123+456&sort=oldest";
    const query = read(text);
    expect(query).toMatchObject({
      range: "last30",
      status: "all",
      dids: ["19001234", "02873001234"],
      owner: "me",
      number: "+84 903 123 456",
      sort: "oldest",
    });
    expect(read(writeCallbackQuery(query).toString())).toEqual(query);
  });

  it("takes explicit instants as a custom range, and ignores values it does not know", () => {
    const query = read(
      "from=2026-11-01T00:00:00.000Z&to=2026-11-30T23:59:59.999Z&status=nope&sort=random&range=never",
    );
    expect(query).toMatchObject({
      range: "custom",
      from: "2026-11-01T00:00:00.000Z",
      status: "open",
      sort: "likely",
    });
    expect(resolveRange(query, "Asia/Ho_Chi_Minh", new Date())).toEqual({
      from: "2026-11-01T00:00:00.000Z",
      to: "2026-11-30T23:59:59.999Z",
    });
    expect(read("from=yesterday&to=2026-11-30").range).toBe("last7");
  });

  it("resolves a quick pick at local midnight in the supervisor's zone", () => {
    const now = new Date("2026-12-06T02:30:10Z"); // 09:30 on Dec 6 in Ho Chi Minh City
    // A range that includes today ends with the current 30-second step (shared by everyone opening it then).
    expect(resolveRange(read(""), "Asia/Ho_Chi_Minh", now)).toEqual({
      from: "2026-11-29T17:00:00.000Z",
      to: "2026-12-06T02:30:29.999Z",
    });
  });

  it("pages forwards by cursor and back through the kept cursors; a new filter starts on page 1", () => {
    const first = read("status=all");
    const second = nextPage(first, "c2");
    const third = nextPage(second, "c3");
    expect(third).toMatchObject({ cursor: "c3", page: 3, previous: ["c2"] });
    expect(read(writeCallbackQuery(third).toString())).toEqual(third);
    expect(previousPage(third)).toEqual(second);
    expect(previousPage(second)).toEqual(first);
    expect(refiltered(third, { number: "0903123456" })).toEqual({ ...first, number: "0903123456" });
    expect(firstPage(third)).toEqual(first);
    // A cursor that cannot be one is dropped with its page.
    expect(read("cursor=%3Cscript%3E&page=4")).toMatchObject({ page: 1, previous: [] });
  });

  it("asks the API for the view: 'me' as the user's id, 'all' as no status, the order as a sort column", () => {
    const range = { from: "2026-11-30T17:00:00.000Z", to: "2026-12-06T02:30:00.000Z" };
    expect(listCasesInput(read(""), range, "u1")).toEqual({
      filter: { ...range, status: ["open"] },
      sort: { column: "likely_now", direction: "desc" },
      limit: 50,
    });
    const query = read("status=all&owner=me&did=19001234&number=0903+123+456&sort=oldest&cursor=c2&page=2");
    expect(listCasesInput(query, range, "u1")).toEqual({
      filter: { ...range, did: ["19001234"], owner: ["u1"], number: "0903 123 456" },
      sort: { column: "age", direction: "desc" },
      limit: 50,
      cursor: "c2",
    });
    expect(listCasesInput(read("owner=none&sort=missed"), range, "u1")).toMatchObject({
      filter: { owner: ["none"] },
      sort: { column: "missed_count", direction: "desc" },
    });
    // The export covers every page of the same view, over the same instants.
    const url = new URL(casesExportUrl("xlsx", query, range), "http://x");
    expect(url.pathname).toBe("/api/export/callbacks");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: "xlsx",
      ...range,
      status: "all",
      did: "19001234",
      owner: "me",
      number: "0903 123 456",
      sort: "oldest",
    });
  });
});
