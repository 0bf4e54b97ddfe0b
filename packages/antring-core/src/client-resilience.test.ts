import type { RunningSimulator, SimulatorOptions } from "@antdash/antring-simulator";
import { describe, expect, it } from "vitest";
import { AntringServerError, AntringTimeoutError, RateLimitedError } from "./errors";
import type { RetryEvent } from "./transport";
import {
  caught,
  clientFor,
  collect,
  DAY,
  expectRedacted,
  multiset,
  NOW,
  startFrozenSimulator,
} from "./test/simulator-fixture";

const day = { from: new Date(NOW - DAY), to: new Date(NOW), page: 1 };

/** Runs `body` against its own simulator, closed afterwards. */
async function withSimulator(options: SimulatorOptions, body: (sim: RunningSimulator) => Promise<void>) {
  const sim = await startFrozenSimulator(options);
  try {
    await body(sim);
  } finally {
    await sim.close();
  }
}

describe("retries", () => {
  it("ride out ~30% 503/500 failures and still return every call", async () => {
    await withSimulator({ faults: { failureRate: 0.3 } }, async (sim) => {
      const events: RetryEvent[] = [];
      // 0.3^11 per page: giving up is practically impossible, so this cannot flake.
      const client = clientFor(sim, {
        retry: { retries: 10, baseDelayMs: 1, maxDelayMs: 5 },
        onRetry: (e) => events.push(e),
      });
      const from = new Date(NOW - 40 * DAY);
      const truth = sim.dataset.callsBetween(from.getTime(), NOW);
      const pages = await collect(client.iterateHistory(from, new Date(NOW)));
      expect(multiset(pages.flatMap((p) => p.records))).toEqual(multiset(truth));
      expect(events.length).toBeGreaterThan(0);
      // Every request the server saw was either a page or a retried failure.
      expect(sim.requestCount("histories")).toBe(pages.length + events.length);
      for (const e of events) {
        expect([503, 500]).toContain(e.error.status);
        expect(e.request).toMatch(
          /^GET \/oapi\/v1\/call\/histories created_from=\S+ created_to=\S+ limit=100 page=\d+$/,
        );
        expectRedacted(e);
      }
    });
  });

  it.each([
    [503, RateLimitedError],
    [500, AntringServerError],
  ])("give up after the configured attempts when every request fails with %i", async (status, ErrorClass) => {
    await withSimulator({ faults: { failureRate: 1, failureStatuses: [status] } }, async (sim) => {
      const events: RetryEvent[] = [];
      const client = clientFor(sim, {
        retry: { retries: 4, baseDelayMs: 1, maxDelayMs: 4 },
        onRetry: (e) => events.push(e),
      });
      const error = await caught(() => client.getHistoryPage(day));
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toMatchObject({ status });
      expect(sim.requestCount("histories")).toBe(5);
      expect(events.map((e) => e.retry)).toEqual([1, 2, 3, 4]);
      for (const e of events) expect(e.delayMs).toBeLessThanOrEqual(4);
      expectRedacted(error);
    });
  });

  it("never retry a click-to-call after a 500 (it might have placed the call)", async () => {
    await withSimulator(
      { faults: { failureRate: 1, failureStatuses: [500], failureRoutes: "all" } },
      async (sim) => {
        const error = await caught(() =>
          clientFor(sim).clickToCall("0901234567", { sipUser: "demo-device", sipPassword: "demo-pass" }),
        );
        expect(error).toBeInstanceOf(AntringServerError);
        expect(sim.requestCount("click_to_call")).toBe(1);
      },
    );
  });

  it("honour Retry-After from the rate limiter, capped by maxDelayMs", async () => {
    await withSimulator({ faults: { rateLimitPerSecond: 2 } }, async (sim) => {
      const run = async (maxDelayMs: number) => {
        const events: RetryEvent[] = [];
        const client = clientFor(sim, {
          retry: { retries: 20, baseDelayMs: 1, maxDelayMs },
          onRetry: (e) => events.push(e),
        });
        const pages = await Promise.all(Array.from({ length: 4 }, () => client.getHistoryPage(day)));
        expect(pages.every((p) => p.rawCount === pages[0]?.rawCount)).toBe(true);
        expect(events.length).toBeGreaterThan(0);
        for (const e of events)
          expect(e.error).toMatchObject({ code: "REQUEST_LIMIT_EXCEEDED", status: 503 });
        return events.map((e) => e.delayMs);
      };
      // The simulator sends Retry-After: 1. Without it, full jitter would draw delays below 1 ms.
      expect(new Set(await run(8000))).toEqual(new Set([1000]));
      expect(new Set(await run(150))).toEqual(new Set([150]));
    });
  });
});

describe("timeouts and aborts", () => {
  it("a slow answer -> AntringTimeoutError, after retrying", async () => {
    await withSimulator({ faults: { latencyMs: 2000 } }, async (sim) => {
      const events: RetryEvent[] = [];
      const client = clientFor(sim, {
        timeoutMs: 100,
        retry: { retries: 1, baseDelayMs: 1 },
        onRetry: (e) => events.push(e),
      });
      const error = await caught(() => client.getHistoryPage(day));
      expect(error).toBeInstanceOf(AntringTimeoutError);
      expect(error).toMatchObject({ code: "TIMEOUT", timeoutMs: 100 });
      expect(events.map((e) => e.error.code)).toEqual(["TIMEOUT"]);
      expectRedacted(error);
    });
  });

  it("the caller's abort passes through as the AbortError, mid-request", async () => {
    await withSimulator({ faults: { latencyMs: 2000 } }, async (sim) => {
      const controller = new AbortController();
      const pending = clientFor(sim).getHistoryPage(day, controller.signal);
      setTimeout(() => controller.abort(), 50);
      const error = await caught(() => pending);
      expect(error).toMatchObject({ name: "AbortError" });
      expect(error).toBe(controller.signal.reason);
    });
  });

  it("an abort stops the backoff wait too", async () => {
    await withSimulator({ faults: { failureRate: 1, failureStatuses: [503] } }, async (sim) => {
      const controller = new AbortController();
      const reason = new Error("sync cancelled");
      // A backoff of up to 10 minutes, aborted 20 ms into it: this test would time out if the
      // wait ignored the signal.
      const client = clientFor(sim, {
        retry: { retries: 5, baseDelayMs: 600_000, maxDelayMs: 600_000 },
        onRetry: () => setTimeout(() => controller.abort(reason), 20),
      });
      const error = await caught(() =>
        collect(client.iterateHistory(day.from, day.to, { signal: controller.signal })),
      );
      expect(error).toBe(reason);
    });
  });

  it("an already-aborted signal sends nothing", async () => {
    await withSimulator({}, async (sim) => {
      const error = await caught(() => clientFor(sim).getRecordingUrl("x.mp3", AbortSignal.abort()));
      expect(error).toMatchObject({ name: "AbortError" });
      expect(sim.requestCount()).toBe(0);
    });
  });
});

describe("concurrency", () => {
  it("never has more than `concurrency` requests in flight across calls", async () => {
    await withSimulator({ faults: { latencyMs: 30 } }, async (sim) => {
      let inFlight = 0;
      let most = 0;
      // Instrumentation of the real fetch: it only counts.
      const countingFetch: typeof fetch = async (input, init) => {
        most = Math.max(most, ++inFlight);
        try {
          return await fetch(input, init);
        } finally {
          inFlight--;
        }
      };
      const client = clientFor(sim, { concurrency: 3, fetch: countingFetch });
      const truth = sim.dataset.callsBetween(day.from.getTime(), day.to.getTime());
      const [pages] = await Promise.all([
        Promise.all(Array.from({ length: 8 }, () => client.getHistoryPage(day))),
        client.getAuthToken(),
        collect(client.iterateHistory(new Date(NOW - 5 * DAY), new Date(NOW))),
      ]);
      for (const page of pages) expect(multiset(page.records)).toEqual(multiset(truth));
      expect(most).toBe(3);
    });
  });
});
