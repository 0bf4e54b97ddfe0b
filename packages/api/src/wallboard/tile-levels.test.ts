import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../admin/settings";
import { tileLevels } from "./tile-levels";

const thresholds = {
  ...DEFAULT_THRESHOLDS,
  answerRateRedPercent: 80,
  answerRateAmberPercent: 90,
  maxWaitSeconds: 30,
};

describe("tileLevels", () => {
  it("judges nothing before the first call of the day", () => {
    expect(tileLevels({ total: 0, answerRate: 0, avgWaitSeconds: 0 }, thresholds)).toEqual({
      answerRate: "none",
      avgWait: "none",
    });
  });

  it("turns the answer rate red under the red threshold and amber under the amber one", () => {
    const at = (answerRate: number) =>
      tileLevels({ total: 10, answerRate, avgWaitSeconds: 5 }, thresholds).answerRate;
    expect(at(0.79)).toBe("red");
    expect(at(0.8)).toBe("amber");
    expect(at(0.899)).toBe("amber");
    expect(at(0.9)).toBe("ok");
    expect(at(1)).toBe("ok");
  });

  it("turns the wait red above the longest allowed average wait", () => {
    const at = (avgWaitSeconds: number) =>
      tileLevels({ total: 3, answerRate: 1, avgWaitSeconds }, thresholds).avgWait;
    expect(at(30)).toBe("ok");
    expect(at(30.5)).toBe("red");
  });
});
