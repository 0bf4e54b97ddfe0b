import { describe, expect, it } from "vitest";
import { InvalidFilterError, parseCallFilter } from "./call-filter";
import { callFilterFromQuery, callFilterToQuery } from "./call-filter-query";

describe("call filter in a URL query", () => {
  it("reads lists repeated or comma-separated, numbers and booleans", () => {
    const query = new URLSearchParams(
      "from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z&direction=from_ab&status=SUCCESS,BUSY&status=CANCELLED" +
        "&did=19006868&agent=thutran&callClass=trunking&number=0903&minDurationSeconds=10&maxDurationSeconds=600" +
        "&hasRecording=true",
    );
    const filter = parseCallFilter(callFilterFromQuery(query));
    expect(filter).toEqual({
      from: new Date("2026-11-01T00:00:00Z"),
      to: new Date("2026-11-02T00:00:00Z"),
      direction: ["from_ab"],
      status: ["SUCCESS", "BUSY", "CANCELLED"],
      did: ["19006868"],
      agent: ["thutran"],
      callClass: ["trunking"],
      number: "0903",
      minDurationSeconds: 10,
      maxDurationSeconds: 600,
      hasRecording: true,
    });
  });

  it("round-trips: a filter written to a query reads back equal", () => {
    const filter = parseCallFilter({
      from: "2026-10-01T00:00:00Z",
      to: "2026-10-31T23:59:59Z",
      status: ["IVR"],
      hasRecording: false,
      maxDurationSeconds: 30,
    });
    expect(parseCallFilter(callFilterFromQuery(callFilterToQuery(filter)))).toEqual(filter);
  });

  it("leaves bad values for the schema to refuse, with a reason", () => {
    const bad = new URLSearchParams(
      "from=2026-11-02&to=2026-11-01&minDurationSeconds=ten&hasRecording=maybe",
    );
    let error: unknown;
    try {
      parseCallFilter(callFilterFromQuery(bad));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidFilterError);
    const problems = (error as InvalidFilterError).problems.join("\n");
    expect(problems).toMatch(/minDurationSeconds/);
    expect(problems).toMatch(/hasRecording/);
  });

  it("needs a range: no from/to is invalid", () => {
    expect(() => parseCallFilter(callFilterFromQuery(new URLSearchParams("direction=to_ab")))).toThrow(
      InvalidFilterError,
    );
  });
});
