import { describe, expect, it } from "vitest";
import { type CaseCall, deriveCases } from "./derive-cases";

const T0 = Date.UTC(2026, 10, 1, 3, 0, 0);
let n = 0;
function call(
  seconds: number,
  direction: CaseCall["direction"],
  statusDetail: string,
  extra: Partial<CaseCall> = {},
): CaseCall {
  return {
    id: `k${String(++n).padStart(3, "0")}`,
    startedAt: new Date(T0 + seconds * 1000),
    direction,
    statusDetail,
    durationSeconds: 30,
    didNumber: "19006868",
    agent: "lan",
    ...extra,
  };
}

describe("deriveCases", () => {
  it("ignores short abandons (CANCELLED up to the threshold) but not other short misses", () => {
    const calls = [
      call(0, "to_ab", "CANCELLED", { durationSeconds: 5 }),
      call(10, "to_ab", "BUSY", { durationSeconds: 2 }),
    ];
    const [only] = deriveCases("+84903123456", calls, new Map(), 5);
    expect(only).toMatchObject({ missedCount: 1, firstMissedAt: new Date(T0 + 10_000), status: "open" });
    expect(deriveCases("+84903123456", calls, new Map(), 4)[0]).toMatchObject({ missedCount: 2 });
  });

  it("gives the same cases whatever order the calls arrive in; same second: inbound before outbound", () => {
    const calls = [
      call(0, "to_ab", "BUSY"),
      call(60, "from_ab", "SUCCESS"), // reaches by callback
      call(60, "to_ab", "CANCELLED"), // same second, inbound first: counted in the case before the reach
      call(120, "to_ab", "IVR"), // a new case
      call(180, "to_ab", "SUCCESS", { agent: "mai" }), // reaches it by the customer
    ];
    const forward = deriveCases("x", calls, new Map(), 5);
    expect(deriveCases("x", [...calls].reverse(), new Map(), 5)).toEqual(forward);
    expect(forward.map((c) => [c.missedCount, c.attempts, c.status, c.reachedBy, c.reachedAgent])).toEqual([
      [2, 1, "reached", "callback", "lan"],
      [1, 0, "reached", "customer", "mai"],
    ]);
  });

  it("stops a closed case at its close instant: later calls open a new case; a reach before the close wins", () => {
    const first = call(0, "to_ab", "BUSY");
    const id = `x|${first.id}`;
    const calls = [
      first,
      call(50, "from_ab", "BUSY"),
      call(100, "to_ab", "BUSY"),
      call(200, "from_ab", "SUCCESS"),
    ];
    const closed = deriveCases("x", calls, new Map([[id, new Date(T0 + 60_000)]]), 5);
    expect(closed.map((c) => [c.id === id, c.status, c.attempts])).toEqual([
      [true, "closed", 1],
      [false, "reached", 1],
    ]);
    const reachedFirst = deriveCases("x", calls, new Map([[id, new Date(T0 + 300_000)]]), 5);
    expect(reachedFirst).toHaveLength(1);
    expect(reachedFirst[0]).toMatchObject({ status: "reached", missedCount: 2, attempts: 2, closedAt: null });
  });
  it("keeps the id people decided on when a late-listed earlier call becomes the case's first missed call", () => {
    const known = call(100, "to_ab", "BUSY");
    const ownedId = `x|${known.id}`;
    // First derived without the earlier call: the case is known (owned, not closed) under the later call's key.
    expect(deriveCases("x", [known], new Map([[ownedId, null]]), 5).map((c) => c.id)).toEqual([ownedId]);
    const late = call(0, "to_ab", "UNSUCCESS");
    const [merged] = deriveCases("x", [late, known], new Map([[ownedId, null]]), 5);
    expect(merged).toMatchObject({ id: ownedId, firstMissedCallId: late.id, missedCount: 2, status: "open" });
    // A close decided under the later key still applies.
    const closedAt = new Date(T0 + 150_000);
    const after = call(200, "to_ab", "BUSY");
    const cases = deriveCases("x", [late, known, after], new Map([[ownedId, closedAt]]), 5);
    expect(cases.map((c) => [c.id === ownedId, c.status, c.missedCount])).toEqual([
      [true, "closed", 2],
      [false, "open", 1],
    ]);
  });
});
