import { describe, expect, it } from "vitest";
import { kpiSpecs, serviceLevelStanding } from "./kpi-specs";

const SETTINGS = { shortAbandonSeconds: 5 };
const narrowOf = (filter: Parameters<typeof kpiSpecs>[0], id: string) =>
  kpiSpecs(filter, SETTINGS).find((spec) => spec.id === id)?.narrow;

describe("KPI cards' calls", () => {
  it("name inbound, outbound and internal calls by class and direction", () => {
    expect(narrowOf({}, "offered")).toEqual({ callClass: ["trunking"], direction: ["to_ab"] });
    expect(narrowOf({}, "outbound-attempts")).toEqual({ callClass: ["trunking"], direction: ["from_ab"] });
    expect(narrowOf({}, "internal-calls")).toEqual({ callClass: ["one_one"] });
    expect(narrowOf({}, "answered")).toEqual({
      callClass: ["trunking"],
      direction: ["to_ab"],
      status: ["SUCCESS"],
    });
    expect(narrowOf({}, "missed")).toEqual({
      callClass: ["trunking"],
      direction: ["to_ab"],
      status: ["CANCELLED", "BUSY", "IVR", "UNSUCCESS"],
    });
  });

  it("open the abandons the abandon rate counts: longer than the short-abandon threshold", () => {
    expect(narrowOf({}, "abandon-rate")).toEqual({
      callClass: ["trunking"],
      direction: ["to_ab"],
      status: ["CANCELLED"],
      minDurationSeconds: 6,
    });
    expect(narrowOf({ minDurationSeconds: 30 }, "abandon-rate")).toMatchObject({ minDurationSeconds: 30 });
    expect(narrowOf({ maxDurationSeconds: 3 }, "abandon-rate")).toBeNull();
    expect(
      kpiSpecs({}, { shortAbandonSeconds: 0 }).find((s) => s.id === "abandon-rate")?.narrow,
    ).toMatchObject({
      minDurationSeconds: 1,
    });
  });

  it("stay inside the page's filter, and open nothing when the filter excludes those calls", () => {
    expect(narrowOf({ status: ["BUSY", "SUCCESS"] }, "missed")).toMatchObject({ status: ["BUSY"] });
    expect(narrowOf({ status: ["BUSY"] }, "offered")).toMatchObject({ status: ["BUSY"] });
    expect(narrowOf({ direction: ["from_ab"] }, "offered")).toBeNull();
    expect(narrowOf({ callClass: ["one_one"] }, "connect-rate")).toBeNull();
    expect(narrowOf({ direction: ["from_ab"] }, "internal-calls")).toEqual({
      callClass: ["one_one"],
      direction: ["from_ab"],
    });
  });
});

describe("service level against its target", () => {
  it("is met at or above the target, below otherwise, unknown without calls", () => {
    expect(serviceLevelStanding(0.8, 80)).toBe("met");
    expect(serviceLevelStanding(0.7999, 80)).toBe("below");
    expect(serviceLevelStanding(0.57, 57)).toBe("met"); // 0.57 * 100 is 56.99999… in binary
    expect(serviceLevelStanding(null, 80)).toBeNull();
  });
});
