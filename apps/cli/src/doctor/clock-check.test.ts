import { describe, expect, it } from "vitest";
import { checkClock } from "./clock-check";

const SERVER = Date.UTC(2026, 11, 6, 3, 0, 0);

describe("checkClock", () => {
  it("passes within a second of the server's Date header (which is truncated to the second)", () => {
    const result = checkClock({ serverMs: SERVER, localMs: SERVER + 700, roundTripMs: 40 });
    expect(result).toMatchObject({
      status: "pass",
      detail: "the local clock is within a second of the server's Date header",
    });
  });

  it("passes a skew under 30 s, naming it", () => {
    const result = checkClock({ serverMs: SERVER, localMs: SERVER + 12_500, roundTripMs: 40 });
    expect(result).toMatchObject({
      status: "pass",
      detail: "the local clock is 12 s ahead of the server's Date header",
    });
  });

  it("fails a clock minutes behind, with the fix", () => {
    const result = checkClock({ serverMs: SERVER, localMs: SERVER - 5 * 60_000, roundTripMs: 40 });
    expect(result).toMatchObject({
      status: "fail",
      detail: "the local clock is 5 min behind the server's Date header",
    });
    expect(result.fix).toMatch(/NTP/);
  });

  it("skips without a Date header", () => {
    expect(checkClock(undefined)).toMatchObject({ status: "skip" });
  });
});
