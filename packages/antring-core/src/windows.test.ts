import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidRangeError } from "./errors";
import { DAY_MS, planHistoryWindows } from "./windows";

const MAX_SPAN = 31 * DAY_MS;
// Instants between 2000 and 2100, and range lengths up to ~3 years, biased toward edges.
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
const length = fc.oneof(
  fc.integer({ min: 0, max: 3 * 366 * DAY_MS }),
  fc.constantFrom(0, 1, MAX_SPAN - 1, MAX_SPAN, MAX_SPAN + 1, 2 * MAX_SPAN + 1, 2 * MAX_SPAN + 2),
);

describe("planHistoryWindows", () => {
  it("covers any range exactly: no gap, no overlap, none longer than 31 days, fewest windows", () => {
    fc.assert(
      fc.property(instant, length, (start, len) => {
        const windows = planHistoryWindows(new Date(start), new Date(start + len));
        expect(windows[0]?.from.getTime()).toBe(start);
        expect(windows.at(-1)?.to.getTime()).toBe(start + len);
        windows.forEach((w, i) => {
          const span = w.to.getTime() - w.from.getTime();
          expect(span).toBeGreaterThanOrEqual(0);
          expect(span).toBeLessThanOrEqual(MAX_SPAN);
          const next = windows[i + 1];
          if (next) expect(next.from.getTime()).toBe(w.to.getTime() + 1);
        });
        // Each window holds at most MAX_SPAN + 1 distinct milliseconds.
        expect(windows.length).toBe(Math.ceil((len + 1) / (MAX_SPAN + 1)));
      }),
      { numRuns: 500 },
    );
  });

  it("honours a custom maxDays", () => {
    fc.assert(
      fc.property(instant, length, fc.integer({ min: 1, max: 40 }), (start, len, maxDays) => {
        const windows = planHistoryWindows(new Date(start), new Date(start + len), { maxDays });
        for (const w of windows)
          expect(w.to.getTime() - w.from.getTime()).toBeLessThanOrEqual(maxDays * DAY_MS);
        expect(windows.length).toBe(Math.ceil((len + 1) / (maxDays * DAY_MS + 1)));
      }),
    );
  });

  it("gives a single instant a single window", () => {
    const at = new Date("2024-01-01T00:00:00.000Z");
    expect(planHistoryWindows(at, at)).toEqual([{ from: at, to: at }]);
  });

  it("splits 70 days into three windows", () => {
    const from = new Date("2024-01-01T00:00:00.000Z");
    const to = new Date(from.getTime() + 70 * DAY_MS);
    const windows = planHistoryWindows(from, to).map((w) => [w.from.toISOString(), w.to.toISOString()]);
    expect(windows).toEqual([
      ["2024-01-01T00:00:00.000Z", "2024-02-01T00:00:00.000Z"],
      ["2024-02-01T00:00:00.001Z", "2024-03-03T00:00:00.001Z"],
      ["2024-03-03T00:00:00.002Z", "2024-03-11T00:00:00.000Z"],
    ]);
  });

  it("refuses a reversed or invalid range with InvalidRangeError", () => {
    const a = new Date("2024-01-02T00:00:00.000Z");
    const b = new Date("2024-01-01T23:59:59.999Z");
    expect(() => planHistoryWindows(a, b)).toThrow(InvalidRangeError);
    expect(() => planHistoryWindows(a, new Date(Number.NaN))).toThrow(InvalidRangeError);
    expect(() => planHistoryWindows(b, a, { maxDays: 0 })).toThrow(InvalidRangeError);
  });
});
