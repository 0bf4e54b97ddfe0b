import { describe, expect, it } from "vitest";
import { planSegments, type Segment } from "./rollup-plan";

const at = (iso: string) => new Date(iso).getTime();
/** Asia/Ho_Chi_Minh (+07:00) bounds of 2026-09-11T10:17Z .. 2026-11-20T09:30Z. */
const range = { from: new Date("2026-09-11T10:17:00Z"), end: new Date("2026-11-20T09:30:00Z") };
const bounds = {
  dayCeilFrom: at("2026-09-11T17:00:00Z"),
  dayFloorEnd: at("2026-11-19T17:00:00Z"),
  monthCeilFrom: at("2026-09-30T17:00:00Z"),
  monthFloorEnd: at("2026-10-31T17:00:00Z"),
};
const show = (segments: Segment[]) =>
  segments.map((s) => `${s.tier} ${s.from.toISOString()} ${s.end.toISOString()}`);

describe("planSegments", () => {
  it("reads whole months, then whole days, then whole hours, then raw calls, covering the range exactly", () => {
    expect(show(planSegments(range, ["month", "day", "hour"], bounds))).toEqual([
      "raw 2026-09-11T10:17:00.000Z 2026-09-11T11:00:00.000Z",
      "hour 2026-09-11T11:00:00.000Z 2026-09-11T17:00:00.000Z",
      "day 2026-09-11T17:00:00.000Z 2026-09-30T17:00:00.000Z",
      "month 2026-09-30T17:00:00.000Z 2026-10-31T17:00:00.000Z",
      "day 2026-10-31T17:00:00.000Z 2026-11-19T17:00:00.000Z",
      "hour 2026-11-19T17:00:00.000Z 2026-11-20T09:00:00.000Z",
      "raw 2026-11-20T09:00:00.000Z 2026-11-20T09:30:00.000Z",
    ]);
  });

  it("uses only the tiers it is given", () => {
    expect(show(planSegments(range, ["day"], bounds))).toEqual([
      "raw 2026-09-11T10:17:00.000Z 2026-09-11T17:00:00.000Z",
      "day 2026-09-11T17:00:00.000Z 2026-11-19T17:00:00.000Z",
      "raw 2026-11-19T17:00:00.000Z 2026-11-20T09:30:00.000Z",
    ]);
    expect(show(planSegments(range, [], bounds))).toEqual([
      "raw 2026-09-11T10:17:00.000Z 2026-11-20T09:30:00.000Z",
    ]);
  });

  it("leaves the part of an hour before a day that starts mid-hour to the raw calls", () => {
    // Asia/Kolkata days start at 18:30 UTC.
    const kolkata = {
      ...bounds,
      dayCeilFrom: at("2026-09-11T18:30:00Z"),
      dayFloorEnd: at("2026-11-19T18:30:00Z"),
    };
    const short = { from: range.from, end: new Date("2026-09-14T20:00:00Z") };
    expect(
      show(planSegments(short, ["day", "hour"], { ...kolkata, dayFloorEnd: at("2026-09-13T18:30:00Z") })),
    ).toEqual([
      "raw 2026-09-11T10:17:00.000Z 2026-09-11T11:00:00.000Z",
      "hour 2026-09-11T11:00:00.000Z 2026-09-11T18:00:00.000Z",
      "raw 2026-09-11T18:00:00.000Z 2026-09-11T18:30:00.000Z",
      "day 2026-09-11T18:30:00.000Z 2026-09-13T18:30:00.000Z",
      "raw 2026-09-13T18:30:00.000Z 2026-09-13T19:00:00.000Z",
      "hour 2026-09-13T19:00:00.000Z 2026-09-14T20:00:00.000Z",
    ]);
  });

  it("falls back to finer tiers when a range holds no whole month or day", () => {
    const day = { from: new Date("2026-11-10T02:10:00Z"), end: new Date("2026-11-10T05:00:00Z") };
    const inside = {
      ...bounds,
      dayCeilFrom: at("2026-11-10T17:00:00Z"),
      dayFloorEnd: at("2026-11-09T17:00:00Z"),
    };
    expect(
      show(
        planSegments(day, ["month", "day", "hour"], {
          ...inside,
          monthCeilFrom: at("2026-11-30T17:00:00Z"),
          monthFloorEnd: at("2026-10-31T17:00:00Z"),
        }),
      ),
    ).toEqual([
      "raw 2026-11-10T02:10:00.000Z 2026-11-10T03:00:00.000Z",
      "hour 2026-11-10T03:00:00.000Z 2026-11-10T05:00:00.000Z",
    ]);
  });
});
