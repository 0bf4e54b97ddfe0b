import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidSimulatorOptionError } from "./errors";
import { RateLimiter } from "./faults";
import { startSimulator } from "./simulator";
import { DAY, NOW, getJson, headerAuth, historiesUrl, iso, playRecordingUrl } from "./test/http";
import type { RunningSimulator } from "./types";

describe("fault injection", () => {
  let sim: RunningSimulator;
  const window = { from: iso(NOW - DAY), to: iso(NOW), limit: "10", page: "1" };

  beforeAll(async () => {
    sim = await startSimulator({ now: () => NOW, callsPerDay: 50, historyDays: 5 });
  });
  afterAll(() => sim.close());

  it("fails every history request with a JSON error from failureStatuses at failureRate 1", async () => {
    sim.setFaults({ failureRate: 1 });
    try {
      const statuses = new Set<number>();
      for (let i = 0; i < 12; i++) {
        const { status, body } = await getJson(historiesUrl(sim, window));
        statuses.add(status);
        expect(body).toMatchObject({ success: false, message: expect.any(String) });
      }
      expect([...statuses].sort()).toEqual([500, 503]);
      // Only the histories route fails by default.
      const media = sim.dataset.callsBetween(NOW - DAY, NOW).find((r) => r.recording !== "")!.recording;
      expect((await getJson(playRecordingUrl(sim, media))).status).toBe(200);
      sim.setFaults({ failureRoutes: "all", failureStatuses: [502] });
      expect((await getJson(playRecordingUrl(sim, media))).status).toBe(502);
      const token = await getJson(`${sim.url}/oapi/v1/voice/auth_token`, {
        method: "POST",
        headers: headerAuth(sim),
      });
      expect(token.status).toBe(502);
    } finally {
      sim.setFaults({ failureRate: 0, failureRoutes: "histories", failureStatuses: [503, 500] });
    }
    expect((await getJson(historiesUrl(sim, window))).status).toBe(200);
  });

  it("fails about failureRate of requests", async () => {
    sim.setFaults({ failureRate: 0.5 });
    try {
      const results = await Promise.all(Array.from({ length: 60 }, () => getJson(historiesUrl(sim, window))));
      const failed = results.filter((r) => r.status !== 200).length;
      expect(failed).toBeGreaterThan(15);
      expect(failed).toBeLessThan(45);
    } finally {
      sim.setFaults({ failureRate: 0 });
    }
  });

  it("answers 503 REQUEST_LIMIT_EXCEEDED with Retry-After beyond the per-second limit", async () => {
    sim.setFaults({ rateLimitPerSecond: 2 });
    try {
      const results = await Promise.all(Array.from({ length: 6 }, () => getJson(historiesUrl(sim, window))));
      const limited = results.filter((r) => r.status === 503);
      expect(results.filter((r) => r.status === 200).length).toBe(2);
      expect(limited.length).toBe(4);
      for (const r of limited) {
        expect(r.body).toEqual({ success: false, message: "REQUEST_LIMIT_EXCEEDED" });
        expect(r.headers.get("retry-after")).toBe("1");
      }
    } finally {
      sim.setFaults({ rateLimitPerSecond: null });
    }
  });

  it("adds latency to API responses", async () => {
    sim.setFaults({ latencyMs: 150 });
    try {
      const started = performance.now();
      expect((await getJson(historiesUrl(sim, window))).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(145); // a floor, not a speed claim
    } finally {
      sim.setFaults({ latencyMs: 0 });
    }
  });

  it("counts requests per route, failed ones included", async () => {
    const before = { histories: sim.requestCount("histories"), all: sim.requestCount() };
    sim.setFaults({ failureRate: 1 });
    try {
      await getJson(historiesUrl(sim, window));
    } finally {
      sim.setFaults({ failureRate: 0 });
    }
    await getJson(historiesUrl(sim, window));
    await getJson(`${sim.url}/oapi/v1/voice/auth_token`, { method: "POST", headers: headerAuth(sim) });
    expect(sim.requestCount("histories")).toBe(before.histories + 2);
    expect(sim.requestCount()).toBe(before.all + 3);
  });

  it("rejects impossible fault settings", () => {
    expect(() => sim.setFaults({ failureRate: 2 })).toThrow(InvalidSimulatorOptionError);
    expect(() => sim.setFaults({ failureStatuses: [200] })).toThrow(InvalidSimulatorOptionError);
    expect(() => sim.setFaults({ rateLimitPerSecond: 0 })).toThrow(InvalidSimulatorOptionError);
  });
});

describe("RateLimiter", () => {
  it("admits limitPerSecond requests per appId per one-second window", () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    expect([1, 2, 3].map(() => limiter.admit("a", 2))).toEqual([true, true, false]);
    expect(limiter.admit("b", 2)).toBe(true);
    now = 999;
    expect(limiter.admit("a", 2)).toBe(false);
    now = 1_000;
    expect(limiter.admit("a", 2)).toBe(true);
  });
});
