import { describe, expect, it } from "vitest";
import { callbackBreakdownRows } from "./breakdown-rows";

const cases = (agent: string, opened: number) => ({
  agent,
  opened,
  open: 1,
  reached: opened - 1,
  reachedWithin1hShare: 0.5,
  reachedWithin24hShare: 0.75,
  medianSecondsToReach: 600,
});

describe("call-back breakdown rows", () => {
  it("puts each key's cases and repeat shares side by side, keys found in either, busiest first", () => {
    const rows = callbackBreakdownRows(
      "agent",
      [cases("1002", 2), cases("1001", 4)],
      [
        { agent: "1001", repeat24hShare: 0.1, repeat7dShare: 0.2 },
        { agent: "1003", repeat24hShare: 0, repeat7dShare: null },
      ],
    );
    expect(rows.map((r) => r.key)).toEqual(["1001", "1002", "1003"]);
    expect(rows[0]).toMatchObject({ opened: 4, reached: 3, repeat24hShare: 0.1, repeat7dShare: 0.2 });
    // Reached no case, answered calls: only the repeat half.
    expect(rows[2]).toMatchObject({
      opened: null,
      medianSecondsToReach: null,
      repeat24hShare: 0,
      repeat7dShare: null,
    });
    // Had cases, answered nothing: only the case half.
    expect(rows[1]).toMatchObject({ opened: 2, repeat24hShare: null });
  });

  it("keys DIDs the same way, the no-DID row included", () => {
    const rows = callbackBreakdownRows(
      "did",
      [{ ...cases("x", 1), did: "" }],
      [{ did: "19001234", repeat24hShare: 0.3, repeat7dShare: 0.4 }],
    );
    expect(rows.map((r) => r.key)).toEqual(["", "19001234"]);
  });
});
