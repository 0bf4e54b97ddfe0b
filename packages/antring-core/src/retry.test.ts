import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelayMs, sleep } from "./retry";

const policy = { retries: 5, baseDelayMs: 250, maxDelayMs: 8000 };

describe("retryDelayMs", () => {
  it("draws full jitter under an exponentially growing ceiling", () => {
    // random() just below 1 shows the ceiling: 250, 500, 1000, ... capped at 8000.
    const top = () => 0.999_999;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n, policy, undefined, top))).toEqual([
      249, 499, 999, 1999, 3999, 7999, 7999,
    ]);
    expect(retryDelayMs(3, policy, undefined, () => 0)).toBe(0);
    expect(retryDelayMs(3, policy, undefined, () => 0.5)).toBe(500);
  });

  it("follows Retry-After, capped by maxDelayMs", () => {
    expect(retryDelayMs(1, policy, 1000)).toBe(1000);
    expect(retryDelayMs(1, policy, 60_000)).toBe(8000);
    expect(retryDelayMs(1, policy, 0)).toBe(0);
  });

  it("has the documented defaults", () => {
    expect(DEFAULT_RETRY_POLICY).toEqual(policy);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.UTC(2024, 0, 1, 12, 0, 0);
  it("reads delta-seconds", () => {
    expect(parseRetryAfter("1", now)).toBe(1000);
    expect(parseRetryAfter(" 120 ", now)).toBe(120_000);
  });

  it("reads an HTTP date, never negative", () => {
    expect(parseRetryAfter("Mon, 01 Jan 2024 12:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Mon, 01 Jan 2024 11:00:00 GMT", now)).toBe(0);
  });

  it("ignores absent or unreadable values", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-3", now)).toBeUndefined();
  });
});

describe("sleep", () => {
  it("rejects with the abort reason as soon as the signal aborts", async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });

  it("rejects at once when already aborted", async () => {
    await expect(sleep(10, AbortSignal.abort())).rejects.toMatchObject({ name: "AbortError" });
  });
});
