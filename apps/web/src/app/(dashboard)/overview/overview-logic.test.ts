import { describe, expect, it } from "vitest";
import { filterStateFromQuery } from "~/filters";
import { bucketHref, drillHref, durationBinHref, type PageFilter } from "./drill";
import { binLabel, formatDurationInWords as formatDuration } from "~/format/duration-words";
import { weekdayHourSlots } from "./heatmap-slots";
import { kpiDelta } from "@antdash/dashboard-ui";
import { heatLevel } from "./chart-data";

const HCM = "Asia/Ho_Chi_Minh";
const FILTER: PageFilter = {
  from: "2026-11-20T17:00:00.000Z",
  to: "2026-11-27T16:59:59.999Z",
  direction: ["to_ab"],
};

/** The filter a drill-down link carries, as the calls page will read it. */
const linked = (href: string) => {
  const [path, query] = href.split("?");
  const state = filterStateFromQuery(new URLSearchParams(query));
  return { path, from: state.from, to: state.to, ...state.criteria };
};

describe("drill-down links", () => {
  it("narrow the page's filter by the element's criteria, with exact instants", () => {
    expect(linked(drillHref(FILTER, { status: ["BUSY"] }))).toEqual({
      path: "/calls",
      from: FILTER.from,
      to: FILTER.to,
      direction: ["to_ab"],
      status: ["BUSY"],
    });
    const bucket = { from: "2026-11-21T17:00:00.000Z", to: "2026-11-22T16:59:59.999Z" };
    expect(linked(bucketHref(FILTER, bucket, "CANCELLED"))).toMatchObject({
      ...bucket,
      status: ["CANCELLED"],
    });
    expect(linked(bucketHref(FILTER, bucket))).not.toHaveProperty("status");
  });

  it("turn a duration bin [from, to) into whole-second bounds inside the page's own", () => {
    expect(linked(durationBinHref(FILTER, { from: 30, to: 60 }))).toMatchObject({
      minDurationSeconds: 30,
      maxDurationSeconds: 59,
    });
    const open = linked(durationBinHref(FILTER, { from: 3600, to: null }));
    expect(open).toMatchObject({ minDurationSeconds: 3600 });
    expect(open).not.toHaveProperty("maxDurationSeconds");
    expect(
      linked(
        durationBinHref({ ...FILTER, minDurationSeconds: 45, maxDurationSeconds: 50 }, { from: 30, to: 60 }),
      ),
    ).toMatchObject({ minDurationSeconds: 45, maxDurationSeconds: 50 });
  });
});

describe("heatmap cell slots", () => {
  const week = { from: new Date(FILTER.from), to: new Date(FILTER.to) }; // Sat 21 .. Fri 27 Nov, local days

  it("find the one hour of a weekday in a 7-day range, in the viewer's zone", () => {
    // Monday 2026-11-23, 08:00-09:00 in Ho Chi Minh City = 01:00-02:00 UTC.
    expect(weekdayHourSlots(week, 1, 8, HCM)).toEqual([
      { from: new Date("2026-11-23T01:00:00.000Z"), to: new Date("2026-11-23T01:59:59.999Z") },
    ]);
  });

  it("list every occurrence of longer ranges and clip to the range", () => {
    const range = { from: new Date("2026-11-02T01:30:00Z"), to: new Date("2026-11-23T01:15:00Z") };
    const mondays8 = weekdayHourSlots(range, 1, 8, HCM);
    expect(mondays8.map((s) => s.from.toISOString())).toEqual([
      "2026-11-02T01:30:00.000Z",
      "2026-11-09T01:00:00.000Z",
      "2026-11-16T01:00:00.000Z",
      "2026-11-23T01:00:00.000Z",
    ]);
    expect(mondays8.at(-1)?.to.toISOString()).toBe("2026-11-23T01:15:00.000Z");
    expect(weekdayHourSlots({ from: week.from, to: new Date("2026-11-21T00:00:00Z") }, 1, 8, HCM)).toEqual(
      [],
    );
  });
});

describe("KPI deltas", () => {
  it("are relative for counts, in points for rates, and say whether the change is good news", () => {
    expect(kpiDelta(120, 100, "relative", "higher")).toEqual({ trend: "up", change: 0.2, tone: "good" });
    expect(kpiDelta(30, 40, "relative", "lower")).toEqual({ trend: "down", change: -0.25, tone: "good" });
    expect(kpiDelta(50, 40, "relative", "lower").tone).toBe("bad");
    expect(kpiDelta(0.84, 0.8, "points", "higher").change).toBeCloseTo(0.04);
    expect(kpiDelta(7, 0, "relative", "neutral")).toEqual({ trend: "up", change: null, tone: "neutral" });
    expect(kpiDelta(0, 0, "relative", "higher")).toEqual({ trend: "flat", change: 0, tone: "neutral" });
  });
});

describe("durations", () => {
  const units = { hours: "h", minutes: "min", seconds: "s" };
  it("read as a person would say them", () => {
    expect(formatDuration(42.4, units)).toBe("42 s");
    expect(formatDuration(125, units)).toBe("2 min 5 s");
    expect(formatDuration(120, units)).toBe("2 min");
    expect(formatDuration(3725, units)).toBe("1 h 2 min");
    expect(binLabel(10, 30, units, "≥ {from}")).toBe("10 s – 30 s");
    expect(binLabel(3600, null, units, "≥ {from}")).toBe("≥ 1 h");
  });
});

describe("heatmap shades", () => {
  it("scale volume and missed calls against the busiest cell, answer rates by how far below 100 % they are", () => {
    expect(heatLevel("volume", 10, 10)).toBe(5);
    expect(heatLevel("volume", 0.4, 10)).toBe(1);
    expect(heatLevel("inboundMissed", 0, 3)).toBe(0);
    expect(heatLevel("volume", null, 10)).toBe(0);
    expect(heatLevel("inboundAnswerRate", 1, 0)).toBe(1);
    expect(heatLevel("inboundAnswerRate", 0.5, 0)).toBe(3);
    expect(heatLevel("inboundAnswerRate", 0, 0)).toBe(5);
    expect(heatLevel("inboundAnswerRate", null, 0)).toBe(0);
  });
});
