import { describe, expect, it } from "vitest";
import { CallDataset } from "./dataset";

const NOW = Date.UTC(2024, 5, 3, 10, 0, 0);
const HOUR = 3_600_000;

function dataset(now: () => number, correctionRate: number): CallDataset {
  const calls = new CallDataset({ seed: 7, callsPerDay: 400, historyDays: 2, now });
  calls.correctionRate = correctionRate;
  return calls;
}

const identity = (r: { unix_timestamp: number; caller: { number: string }; callee: { number: string } }) =>
  `${r.unix_timestamp}|${r.caller.number}|${r.callee.number}`;

describe("correctionRate: calls relisted later with a changed recording, DID or duration", () => {
  it("lists about that share of recent calls in an earlier form, then as generated, the same calls each time", () => {
    let now = NOW;
    const corrected = dataset(() => now, 0.5);
    const truth = dataset(() => now, 0);
    const from = NOW - 6 * HOUR;
    const early = corrected.callsBetween(from, NOW);
    const final = truth.callsBetween(from, NOW);
    expect(early.map(identity)).toEqual(final.map(identity));
    const changed = early.filter((r, i) => JSON.stringify(r) !== JSON.stringify(final[i]));
    // Only calls that ended in the last ~21 minutes can still be in their earlier form.
    expect(changed.length).toBeGreaterThan(0);
    for (const record of changed) expect(record.unix_timestamp * 1000).toBeGreaterThan(NOW - HOUR);
    const kinds = new Set(
      changed.map((r) => {
        const f = final.find((x) => identity(x) === identity(r))!;
        if (r.recording !== f.recording) return "recording";
        if (r.did_number !== f.did_number) return "did";
        return "duration";
      }),
    );
    expect(kinds.size).toBeGreaterThanOrEqual(2);
    // Deterministic: another dataset with the same seed lists the same earlier forms.
    expect(dataset(() => now, 0.5).callsBetween(from, NOW)).toEqual(early);
    // Half an hour later every one of them is listed as generated.
    now = NOW + HOUR / 2;
    const later = new Map(corrected.callsBetween(from, NOW).map((r) => [identity(r), JSON.stringify(r)]));
    for (const record of final) expect(later.get(identity(record))).toBe(JSON.stringify(record));
  });

  it("keeps every corrected form valid: billing within duration, DID null or a company DID", () => {
    const calls = dataset(() => NOW, 1).callsBetween(NOW - 2 * HOUR, NOW);
    expect(calls.length).toBeGreaterThan(0);
    for (const r of calls) expect(r.billing_seconds).toBeLessThanOrEqual(r.duration_seconds);
  });
});
