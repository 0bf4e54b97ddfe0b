import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../admin/settings";
import { kpisFromCounts, ZERO_KPI_COUNTS } from "../analytics/kpis";
import { tileLevels } from "./tile-levels";

const thresholds = {
  ...DEFAULT_THRESHOLDS,
  answerRateRedPercent: 80,
  answerRateAmberPercent: 90,
  maxWaitSeconds: 30,
  abandonRateRedPercent: 10,
};
const target = { serviceLevelTargetPercent: 80 };
const noCalls = kpisFromCounts(ZERO_KPI_COUNTS, { serviceLevelSeconds: 20, shortAbandonSeconds: 5 });

/** Inbound KPIs of 100 offered calls (none short-abandoned). */
const inbound = (answered: number, withinServiceLevel: number, abandoned: number, asaSeconds: number) =>
  kpisFromCounts(
    {
      ...ZERO_KPI_COUNTS,
      inbound: {
        offered: 100,
        answered,
        abandoned,
        shortAbandoned: 0,
        answeredWithinServiceLevel: withinServiceLevel,
        answeredWaitSeconds: answered * asaSeconds,
        abandonedDurationSeconds: abandoned * 40,
      },
    },
    { serviceLevelSeconds: 20, shortAbandonSeconds: 5 },
  );

describe("tileLevels", () => {
  it("judges nothing before the first call of the day", () => {
    expect(tileLevels({ total: 0, answerRate: 0, avgWaitSeconds: 0 }, noCalls, thresholds, target)).toEqual({
      answerRate: "none",
      avgWait: "none",
      serviceLevel: "none",
      asa: "none",
      abandonRate: "none",
      inboundAnswerRate: "none",
    });
  });

  it("turns the answer rate red under the red threshold and amber under the amber one", () => {
    const at = (answerRate: number) =>
      tileLevels({ total: 10, answerRate, avgWaitSeconds: 5 }, noCalls, thresholds, target).answerRate;
    expect(at(0.79)).toBe("red");
    expect(at(0.8)).toBe("amber");
    expect(at(0.899)).toBe("amber");
    expect(at(0.9)).toBe("ok");
    expect(at(1)).toBe("ok");
  });

  it("turns the wait red above the longest allowed average wait", () => {
    const at = (avgWaitSeconds: number) =>
      tileLevels({ total: 3, answerRate: 1, avgWaitSeconds }, noCalls, thresholds, target).avgWait;
    expect(at(30)).toBe("ok");
    expect(at(30.5)).toBe("red");
  });

  it("judges the inbound KPIs: service level against its target, speed of answer, abandon rate", () => {
    const levels = (kpis: ReturnType<typeof inbound>) =>
      tileLevels({ total: 100, answerRate: 1, avgWaitSeconds: 0 }, kpis, thresholds, target);
    expect(levels(inbound(90, 80, 10, 30))).toMatchObject({
      serviceLevel: "ok",
      asa: "ok",
      abandonRate: "ok",
      inboundAnswerRate: "ok",
    });
    expect(levels(inbound(85, 79, 11, 31))).toMatchObject({
      serviceLevel: "red",
      asa: "red",
      abandonRate: "red",
      inboundAnswerRate: "amber",
    });
    expect(levels(inbound(0, 0, 0, 0))).toMatchObject({
      asa: "none",
      inboundAnswerRate: "red",
      serviceLevel: "red",
    });
  });
});
