import { describe, expect, it } from "vitest";
import {
  EMPTY_FORM,
  minutesToTime,
  scheduleText,
  splitRecipients,
  timeToMinutes,
  toReportInput,
} from "./report-form-logic";

describe("report form", () => {
  it("converts send times both ways and refuses what is not a time", () => {
    expect(minutesToTime(450)).toBe("07:30");
    expect(timeToMinutes("07:30")).toBe(450);
    expect(timeToMinutes("23:59")).toBe(1439);
    expect(timeToMinutes("24:00")).toBeNaN();
    expect(timeToMinutes("7h30")).toBeNaN();
  });

  it("splits recipients on commas, semicolons and lines", () => {
    expect(splitRecipients(" a@x.vn, b@x.vn;\nc@x.vn  ")).toEqual(["a@x.vn", "b@x.vn", "c@x.vn"]);
  });

  it("sends the weekday only for weekly and the day only for monthly; 'keep' leaves the source out", () => {
    expect(toReportInput({ ...EMPTY_FORM, period: "weekly", weekday: 3, monthDay: 9 })).toMatchObject({
      weekday: 3,
      monthDay: null,
      savedViewId: null,
    });
    const kept = toReportInput({ ...EMPTY_FORM, period: "monthly", monthDay: 9, source: "keep" });
    expect(kept).toMatchObject({ weekday: null, monthDay: 9 });
    expect("savedViewId" in kept).toBe(false);
  });

  it("describes the schedule", () => {
    const m = {
      schedule: { daily: "Daily at {time}", weekly: "{weekday} {time}", monthly: "day {day} {time}" },
      weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    };
    expect(scheduleText({ period: "weekly", weekday: 7, monthDay: null, sendMinute: 61 }, m)).toBe(
      "Sun 01:01",
    );
    expect(scheduleText({ period: "monthly", weekday: null, monthDay: 28, sendMinute: 0 }, m)).toBe(
      "day 28 00:00",
    );
  });
});
