import { describe, expect, it } from "vitest";
import { ExportLimiter } from "./export-limiter";

describe("ExportLimiter", () => {
  it("caps concurrent exports per user and frees a slot when one ends", () => {
    const limiter = new ExportLimiter({ concurrent: 2, perWindow: 100, windowMs: 60_000 });
    const first = limiter.admit("u1");
    const second = limiter.admit("u1");
    expect(first.admitted && second.admitted).toBe(true);
    expect(limiter.admit("u1")).toEqual({ admitted: false, retryAfterSeconds: 5 });
    expect(limiter.admit("u2").admitted).toBe(true); // another user is not affected
    if (first.admitted) {
      first.release();
      first.release(); // idempotent: a double release must not open two slots
    }
    expect(limiter.admit("u1").admitted).toBe(true);
    expect(limiter.admit("u1").admitted).toBe(false);
  });

  it("caps starts per window and says when to retry", () => {
    let now = 1_000_000;
    const limiter = new ExportLimiter({ concurrent: 10, perWindow: 3, windowMs: 60_000 }, () => now);
    for (let i = 0; i < 3; i++) {
      const admission = limiter.admit("u1");
      if (admission.admitted) admission.release();
      now += 1000;
    }
    expect(limiter.admit("u1")).toEqual({ admitted: false, retryAfterSeconds: 57 });
    now += 57_000;
    expect(limiter.admit("u1").admitted).toBe(true);
  });
});
