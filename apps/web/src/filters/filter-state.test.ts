import { describe, expect, it } from "vitest";
import { bucketEnd, localDayRange, presetRange } from "./date-range";
import { filterStateFromQuery, filterStateToQuery, hrefForFilter, resolveCallFilter } from "./filter-state";

const HCM = "Asia/Ho_Chi_Minh";
// Thursday 2026-11-26 20:30 UTC = Friday 2026-11-27 03:30 in Ho Chi Minh City (UTC+7).
const NOW = new Date("2026-11-26T20:30:00Z");

describe("presetRange", () => {
  it("starts days at local midnight, not UTC midnight", () => {
    const today = presetRange("today", HCM, NOW);
    expect(today.from.toISOString()).toBe("2026-11-26T17:00:00.000Z");
    // Up to the end of the current 30-second step: the same question for everyone who opens it meanwhile.
    expect(today.to.toISOString()).toBe("2026-11-26T20:30:29.999Z");
    expect(presetRange("today", HCM, new Date(NOW.getTime() + 29_999))).toEqual(today);
    expect(presetRange("today", HCM, new Date(NOW.getTime() + 30_000)).to.toISOString()).toBe(
      "2026-11-26T20:30:59.999Z",
    );
    const yesterday = presetRange("yesterday", HCM, NOW);
    expect(yesterday.from.toISOString()).toBe("2026-11-25T17:00:00.000Z");
    expect(yesterday.to.toISOString()).toBe("2026-11-26T16:59:59.999Z");
  });

  it("starts weeks on Monday and months on the 1st", () => {
    expect(presetRange("thisWeek", HCM, NOW).from.toISOString()).toBe("2026-11-22T17:00:00.000Z");
    const lastWeek = presetRange("lastWeek", HCM, NOW);
    expect(lastWeek.from.toISOString()).toBe("2026-11-15T17:00:00.000Z");
    expect(lastWeek.to.toISOString()).toBe("2026-11-22T16:59:59.999Z");
    const lastMonth = presetRange("lastMonth", HCM, NOW);
    expect(lastMonth.from.toISOString()).toBe("2026-09-30T17:00:00.000Z");
    expect(lastMonth.to.toISOString()).toBe("2026-10-31T16:59:59.999Z");
    expect(presetRange("last7", HCM, NOW).from.toISOString()).toBe("2026-11-20T17:00:00.000Z");
  });

  it("follows other zones too", () => {
    expect(presetRange("today", "UTC", NOW).from.toISOString()).toBe("2026-11-26T00:00:00.000Z");
    expect(localDayRange("2026-03-29", "Europe/Berlin").to.toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(bucketEnd(new Date("2026-11-22T17:00:00Z"), "week", HCM).toISOString()).toBe(
      "2026-11-29T16:59:59.999Z",
    );
  });
});

describe("filter state in the URL", () => {
  it("round-trips a preset with criteria", () => {
    const query = new URLSearchParams(
      "range=lastWeek&status=BUSY&status=CANCELLED&did=02873000001&number=0903",
    );
    const state = filterStateFromQuery(query);
    expect(state).toEqual({
      range: "lastWeek",
      criteria: { status: ["BUSY", "CANCELLED"], did: ["02873000001"], number: "0903" },
    });
    expect(filterStateFromQuery(filterStateToQuery(state))).toEqual(state);
  });

  it("treats explicit from/to as a custom range and resolves presets in the zone", () => {
    const custom = filterStateFromQuery(
      new URLSearchParams("from=2026-11-01T00:00:00.000Z&to=2026-11-02T00:00:00.000Z"),
    );
    expect(custom.range).toBe("custom");
    expect(resolveCallFilter(custom, HCM, NOW)).toEqual({
      from: "2026-11-01T00:00:00.000Z",
      to: "2026-11-02T00:00:00.000Z",
    });
    const fallback = filterStateFromQuery(new URLSearchParams("range=bogus"));
    expect(resolveCallFilter(fallback, HCM, NOW).from).toBe("2026-11-20T17:00:00.000Z");
  });

  it("builds drill-down links with exact instants", () => {
    const href = hrefForFilter("/calls", {
      from: "2026-11-01T00:00:00Z",
      to: "2026-11-01T23:59:59.999Z",
      direction: ["to_ab"],
      hasRecording: true,
    });
    expect(href).toBe(
      "/calls?from=2026-11-01T00%3A00%3A00.000Z&to=2026-11-01T23%3A59%3A59.999Z&direction=to_ab&hasRecording=true",
    );
  });
});
