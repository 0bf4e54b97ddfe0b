import { describe, expect, it } from "vitest";
import { inboundCall, internalCall } from "@antdash/antring-core/testing";
import { callFingerprint, callKey, DuplicateOrdinalTracker } from "./call-key";

describe("callKey", () => {
  it("keys a recorded call by its recording file name, whatever the ordinal", () => {
    const record = inboundCall({ recording: "call_recording_dl5m5j5hfh4n8njj1oor.mp3" });
    expect(callKey(record, 0)).toBe("rec:call_recording_dl5m5j5hfh4n8njj1oor.mp3");
    expect(callKey(record, 3)).toBe("rec:call_recording_dl5m5j5hfh4n8njj1oor.mp3");
  });

  it("keys an unrecorded call by fingerprint and ordinal, stable across reads of the same record", () => {
    const first = inboundCall();
    // The same record as parsed on another read: a new object with its keys in another order.
    const again = JSON.parse(
      JSON.stringify({ ...inboundCall(), caller: { type: "realnumber", number: "01693608879" } }),
    ) as typeof first;
    expect(callKey(first, 0)).toMatch(/^fp:[0-9a-f]{64}:0$/);
    expect(callKey(again, 0)).toBe(callKey(first, 0));
    expect(callKey(first, 1)).not.toBe(callKey(first, 0));
  });

  it("gives records differing in any documented field different fingerprints", () => {
    const base = inboundCall();
    const variants = [
      inboundCall({ caller: { number: "01693608870", type: "realnumber" } }),
      inboundCall({ callee: { number: "thutranhtkbee", type: "user" } }),
      inboundCall({ callee: { number: "thutranhtkbee", type: "user", username: "" } }),
      inboundCall({ class: "one_one" }),
      inboundCall({ did_number: null }),
      inboundCall({ direction: "from_ab" }),
      inboundCall({ status_detail: "BUSY" }),
      inboundCall({ duration_seconds: 51 }),
      inboundCall({ unix_timestamp: base.unix_timestamp + 1 }),
      inboundCall({ billing_seconds: 42 }),
    ];
    const fingerprints = new Set([base, ...variants].map(callFingerprint));
    expect(fingerprints.size).toBe(variants.length + 1);
  });

  it("rejects an ordinal that is not a whole number >= 0", () => {
    expect(() => callKey(inboundCall(), -1)).toThrow(RangeError);
    expect(() => callKey(inboundCall(), 0.5)).toThrow(RangeError);
  });
});

describe("DuplicateOrdinalTracker", () => {
  it("numbers byte-identical records within one second 0, 1, 2 and distinct records 0", () => {
    const tracker = new DuplicateOrdinalTracker();
    const ordinals = [inboundCall(), inboundCall(), internalCall(), inboundCall()].map((r) =>
      tracker.next(r),
    );
    expect(ordinals).toEqual([0, 1, 0, 2]);
  });

  it("gives the same ordinals, hence the same keys, when a window is read again", () => {
    const window = [inboundCall(), inboundCall(), inboundCall({ unix_timestamp: 1519639918 }), inboundCall()];
    const keysOfRead = () => {
      const tracker = new DuplicateOrdinalTracker();
      return window.map((record) => callKey(record, tracker.next(record)));
    };
    const firstRead = keysOfRead();
    expect(keysOfRead()).toEqual(firstRead);
    expect(new Set(firstRead).size).toBe(window.length);
  });

  it("starts counting again in each second", () => {
    const tracker = new DuplicateOrdinalTracker();
    expect(tracker.next(inboundCall({ unix_timestamp: 100 }))).toBe(0);
    expect(tracker.next(inboundCall({ unix_timestamp: 100 }))).toBe(1);
    expect(tracker.next(inboundCall({ unix_timestamp: 101 }))).toBe(0);
    expect(tracker.next(inboundCall({ unix_timestamp: 101 }))).toBe(1);
  });

  it("forgets old seconds, so a long read keeps little memory", () => {
    const tracker = new DuplicateOrdinalTracker();
    expect(tracker.next(inboundCall({ unix_timestamp: 1 }))).toBe(0);
    for (let second = 2; second < 10_000; second++) tracker.next(inboundCall({ unix_timestamp: second }));
    // Second 1 is long forgotten: a record from it (only possible if upstream order were broken) starts again at 0.
    expect(tracker.next(inboundCall({ unix_timestamp: 1 }))).toBe(0);
  });
});
