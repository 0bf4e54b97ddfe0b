import { describe, expect, it } from "vitest";
import { InvalidArgumentError, InvalidRangeError, RangeTooLongError } from "./errors";
import type { CallRecord } from "./records";
import {
  canonical,
  clientFor,
  collect,
  DAY,
  multiset,
  NOW,
  startFrozenSimulator,
  useFrozenSimulator,
} from "./test/simulator-fixture";

const sim = useFrozenSimulator();

describe("iterateHistory against the simulator", () => {
  it("returns exactly the calls of a 70-day range, paging each ≤31-day window by 100", async () => {
    const from = new Date(NOW - 70 * DAY);
    const to = new Date(NOW);
    const truth = sim().dataset.callsBetween(from.getTime(), to.getTime());
    const before = sim().requestCount("histories");

    const pages = await collect(clientFor(sim()).iterateHistory(from, to));

    const records = pages.flatMap((p) => p.records);
    expect(records.length).toBe(truth.length);
    expect(multiset(records)).toEqual(multiset(truth));
    expect(pages.flatMap((p) => p.rejected)).toEqual([]);
    // One request per page: nothing fetched twice, nothing hidden.
    expect(sim().requestCount("histories") - before).toBe(pages.length);

    const windowCount = pages[0]?.windowCount ?? 0;
    expect(windowCount).toBe(3);
    for (let w = 0; w < windowCount; w++) {
      const ofWindow = pages.filter((p) => p.windowIndex === w);
      const { window } = ofWindow[0]!;
      const inWindow = sim().dataset.callsBetween(window.from.getTime(), window.to.getTime()).length;
      expect(inWindow).toBeGreaterThan(100); // paging really happens in every window
      expect(ofWindow.map((p) => p.page)).toEqual(ofWindow.map((_, i) => i + 1));
      expect(ofWindow.length).toBe(Math.floor(inWindow / 100) + 1);
      expect(ofWindow.map((p) => p.isLastPage)).toEqual(ofWindow.map((_, i) => i === ofWindow.length - 1));
      for (const page of ofWindow) expect(page.limit).toBe(100);
      for (const page of ofWindow.slice(0, -1)) expect(page.rawCount).toBe(100);
    }
  });

  it("calls onPage for every page before yielding it", async () => {
    const seen: number[] = [];
    const pages = await collect(
      clientFor(sim()).iterateHistory(new Date(NOW - 40 * DAY), new Date(NOW), {
        onPage: (page) => {
          seen.push(page.page);
        },
      }),
    );
    expect(seen).toEqual(pages.map((p) => p.page));
  });

  it("refuses a reversed range before any request", async () => {
    const before = sim().requestCount();
    await expect(
      collect(clientFor(sim()).iterateHistory(new Date(NOW), new Date(NOW - 1))),
    ).rejects.toBeInstanceOf(InvalidRangeError);
    expect(sim().requestCount()).toBe(before);
  });
});

describe("getHistoryPage", () => {
  it.each(["bare", "data", "success"] as const)("reads the %s envelope, across pages", async (envelope) => {
    sim().setEnvelope(envelope);
    try {
      const from = new Date(NOW - 5 * DAY);
      const to = new Date(NOW);
      const truth = sim().dataset.callsBetween(from.getTime(), to.getTime());
      expect(truth.length).toBeGreaterThan(100);
      const pages = await collect(clientFor(sim()).iterateHistory(from, to));
      expect(pages.length).toBe(Math.floor(truth.length / 100) + 1);
      // One window, so the order is the server's: newest first.
      expect(pages.flatMap((p) => p.records).map(canonical)).toEqual(truth.map(canonical));
      expect(pages.flatMap((p) => p.rejected)).toEqual([]);
    } finally {
      sim().setEnvelope("success");
    }
  });

  it("signs limit and page so any page of any size is accepted", async () => {
    const from = new Date(NOW - 10 * DAY);
    const to = new Date(NOW);
    const truth = sim().dataset.callsBetween(from.getTime(), to.getTime());
    const page3 = await clientFor(sim()).getHistoryPage({ from, to, page: 3, limit: 7 });
    expect(page3.records.map(canonical)).toEqual(truth.slice(14, 21).map(canonical));
  });

  it("includes both window ends (ms resolution)", async () => {
    const [newest] = sim().dataset.callsBetween(NOW - 2 * DAY, NOW) as [CallRecord];
    const at = new Date(newest.unix_timestamp * 1000);
    const exact = await clientFor(sim()).getHistoryPage({ from: at, to: at, page: 1 });
    expect(exact.records.map(canonical)).toContain(canonical(newest));
    const after = await clientFor(sim()).getHistoryPage({
      from: new Date(at.getTime() + 1),
      to: new Date(NOW),
      page: 1,
    });
    expect(after.records.map(canonical)).not.toContain(canonical(newest));
  });

  it("refuses more than 31 days, and bad page or limit, before any request", async () => {
    const client = clientFor(sim());
    const before = sim().requestCount();
    const from = new Date(NOW - 31 * DAY - 1);
    await expect(client.getHistoryPage({ from, to: new Date(NOW), page: 1 })).rejects.toBeInstanceOf(
      RangeTooLongError,
    );
    const ok = { from: new Date(NOW - DAY), to: new Date(NOW) };
    for (const bad of [{ page: 0 }, { page: 1.5 }, { page: 1, limit: 101 }, { page: 1, limit: 0 }]) {
      await expect(client.getHistoryPage({ ...ok, ...bad })).rejects.toBeInstanceOf(InvalidArgumentError);
    }
    expect(sim().requestCount()).toBe(before);
    // Exactly 31 days is allowed.
    await expect(
      client.getHistoryPage({ from: new Date(NOW - 31 * DAY), to: new Date(NOW), page: 1 }),
    ).resolves.toBeTruthy();
  });
});

describe("malformed records", () => {
  it("rejects corrupted items with reasons and loses none", async () => {
    const corrupt = await startFrozenSimulator({ faults: { malformedRate: 0.2 } });
    try {
      const from = new Date(NOW - 40 * DAY);
      const to = new Date(NOW);
      const truth = corrupt.dataset.callsBetween(from.getTime(), to.getTime());
      const pages = await collect(clientFor(corrupt).iterateHistory(from, to));
      const records = pages.flatMap((p) => p.records);
      const rejected = pages.flatMap((p) => p.rejected);

      // Every served item is accounted for, and paging was not cut short by bad items.
      expect(records.length + rejected.length).toBe(truth.length);
      expect(rejected.length).toBeGreaterThan(truth.length * 0.08);
      for (const r of rejected) {
        expect(r.raw).toBeDefined();
        expect(r.reason).toMatch(
          /is missing|expected|unknown value|longer than a week|Too small|more than duration/,
        );
      }
      // Accepted records are real calls. A missing DID or recording is a tolerated variation
      // (normalized to null / ""), so those two fields are left out of this comparison.
      const loose = (r: unknown) => {
        const { did_number: _d, recording: _r, ...rest } = r as CallRecord;
        return canonical(rest);
      };
      const truthLoose = multiset(truth, loose);
      const remaining = new Map<string, number>();
      for (const k of truthLoose) remaining.set(k, (remaining.get(k) ?? 0) + 1);
      for (const k of multiset(records, loose)) {
        expect(remaining.get(k) ?? 0).toBeGreaterThan(0);
        remaining.set(k, (remaining.get(k) ?? 0) - 1);
      }
    } finally {
      await corrupt.close();
    }
  });
});
