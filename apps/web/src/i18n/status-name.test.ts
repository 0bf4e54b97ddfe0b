import { describe, expect, it } from "vitest";
import { en, vi } from "./messages";
import { statusContextOf, statusName, statusNamesFor } from "./status-name";

describe("statusName", () => {
  it("names CANCELLED by the side that hung up", () => {
    const names = en.calls.statuses;
    expect(statusName(names, "CANCELLED", { direction: "to_ab", callClass: "trunking" })).toBe(
      "Caller abandoned",
    );
    expect(statusName(names, "CANCELLED", { direction: "from_ab", callClass: "trunking" })).toBe(
      "Cancelled before answer",
    );
    expect(statusName(names, "CANCELLED", { direction: "to_ab", callClass: "one_one" })).toBe(
      "Cancelled before answer",
    );
    expect(statusName(names, "CANCELLED")).toBe("Hung up before answer");
    expect(statusName(vi.calls.statuses, "CANCELLED", { direction: "to_ab" })).toBe("Khách bỏ máy");
  });

  it("uses AntRing's wording for IVR in every direction, never 'ended in IVR'", () => {
    for (const direction of ["to_ab", "from_ab", null] as const) {
      expect(statusName(en.calls.statuses, "IVR", { direction })).toBe("Reached the system, not picked up");
    }
    for (const messages of [en, vi]) {
      expect(JSON.stringify(messages).toLowerCase()).not.toContain("ended in ivr");
      expect(JSON.stringify(messages).toLowerCase()).not.toContain("dừng ở ivr");
    }
  });

  it("reads the one direction or class a filter selects", () => {
    expect(statusContextOf({ direction: ["to_ab"] })).toEqual({ direction: "to_ab", callClass: null });
    expect(statusContextOf({ direction: ["to_ab", "from_ab"], callClass: ["one_one"] })).toEqual({
      direction: null,
      callClass: "one_one",
    });
    expect(statusNamesFor(en.filters.statuses, statusContextOf({ direction: ["from_ab"] })).CANCELLED).toBe(
      "Cancelled before answer",
    );
    expect(statusNamesFor(en.filters.statuses, {}).SUCCESS).toBe("Answered");
  });
});
