import { describe, expect, it } from "vitest";
import { StreamLimiter } from "./stream-limiter";

describe("StreamLimiter", () => {
  it("admits up to the cap per caller, and again once a stream ends (released once only)", () => {
    const limiter = new StreamLimiter();
    const first = limiter.acquire("tv:1", 2);
    const second = limiter.acquire("tv:1", 2);
    expect(first && second).toBeTruthy();
    expect(limiter.acquire("tv:1", 2)).toBeNull();
    expect(limiter.acquire("user:1", 2)).not.toBeNull();
    first!();
    first!();
    expect(limiter.openFor("tv:1")).toBe(1);
    expect(limiter.acquire("tv:1", 2)).not.toBeNull();
    expect(limiter.acquire("tv:1", 2)).toBeNull();
  });
});
