import { describe, expect, it } from "vitest";
import { draftOf, isTimeZone, parseSettings } from "./settings-input";

const saved = {
  timeZone: "Asia/Ho_Chi_Minh",
  thresholds: {
    answerRateRedPercent: 70,
    answerRateAmberPercent: 85,
    maxWaitSeconds: 60,
    staleDataMinutes: 30,
  },
  kpi: { serviceLevelSeconds: 20, shortAbandonSeconds: 5, serviceLevelTargetPercent: 80 },
};

describe("parseSettings", () => {
  it("gives back what the form started from", () => {
    expect(parseSettings(draftOf(saved))).toEqual(saved);
  });

  it("accepts IANA zones only", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Saigon/Time")).toBe(false);
    expect(isTimeZone(" ")).toBe(false);
    expect(parseSettings({ ...draftOf(saved), timeZone: "GMT+7 please" })).toEqual({
      problems: { timeZone: "timeZoneInvalid" },
    });
  });

  it("keeps each threshold within the API's bounds, whole numbers where the API wants them", () => {
    const result = parseSettings({
      ...draftOf(saved),
      answerRateAmberPercent: "101",
      maxWaitSeconds: "1.5",
      staleDataMinutes: "",
    });
    expect(result).toEqual({
      problems: {
        answerRateAmberPercent: "outOfRange",
        maxWaitSeconds: "outOfRange",
        staleDataMinutes: "outOfRange",
      },
    });
    expect(parseSettings({ ...draftOf(saved), answerRateRedPercent: "72.5" })).toMatchObject({
      thresholds: { answerRateRedPercent: 72.5 },
    });
  });

  it("refuses a red answer-rate line above the amber one", () => {
    expect(parseSettings({ ...draftOf(saved), answerRateRedPercent: "90" })).toEqual({
      problems: { answerRateRedPercent: "redAboveAmber" },
    });
  });

  it("keeps the KPI thresholds whole seconds within 1..120 (short abandon from 0), the target a percentage", () => {
    expect(
      parseSettings({
        ...draftOf(saved),
        serviceLevelSeconds: "0",
        shortAbandonSeconds: "2.5",
        serviceLevelTargetPercent: "100.1",
      }),
    ).toEqual({
      problems: {
        serviceLevelSeconds: "outOfRange",
        shortAbandonSeconds: "outOfRange",
        serviceLevelTargetPercent: "outOfRange",
      },
    });
    expect(parseSettings({ ...draftOf(saved), serviceLevelSeconds: "121" })).toEqual({
      problems: { serviceLevelSeconds: "outOfRange" },
    });
    expect(
      parseSettings({
        ...draftOf(saved),
        serviceLevelSeconds: "120",
        shortAbandonSeconds: "0",
        serviceLevelTargetPercent: "92.5",
      }),
    ).toMatchObject({
      kpi: { serviceLevelSeconds: 120, shortAbandonSeconds: 0, serviceLevelTargetPercent: 92.5 },
    });
  });
});
