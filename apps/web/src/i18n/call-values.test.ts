import { CALL_CLASSES, DIRECTIONS, STATUS_DETAILS } from "@antdash/antring-core";
import { describe, expect, it } from "vitest";
import { CLASS_VALUES, DIRECTION_VALUES, STATUS_VALUES } from "./call-values";

const sorted = (values: readonly string[]) => [...values].sort();

describe("call values", () => {
  it("are antring-core's lists, each value once", () => {
    expect(sorted(DIRECTION_VALUES)).toEqual(sorted(DIRECTIONS));
    expect(sorted(STATUS_VALUES)).toEqual(sorted(STATUS_DETAILS));
    expect(sorted(CLASS_VALUES)).toEqual(sorted(CALL_CLASSES));
  });

  it("list inbound before outbound and answered first", () => {
    expect(DIRECTION_VALUES).toEqual(["to_ab", "from_ab"]);
    expect(STATUS_VALUES[0]).toBe("SUCCESS");
  });
});
