import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AntringProtocolError } from "./errors";
import { parseHistoryBody } from "./history-body";
import type { CallRecord } from "./records";
import { inboundCall } from "./testing/call-records";

// The documented example record, as AntRing shows it: the factory's call with the example's direction and recording.
const documented: CallRecord = inboundCall({
  direction: "from_ab",
  recording: "call_recording_dl5m5j5hfh4n8njj1oor.mp3",
});

function only(body: unknown) {
  const parsed = parseHistoryBody(body);
  expect(parsed.rawCount).toBe(1);
  return parsed;
}

describe("parseHistoryBody envelopes", () => {
  it.each([
    ["bare array", [documented], "bare"],
    ["{data}", { data: [documented] }, "data"],
    ["{success:true,data}", { success: true, data: [documented] }, "success"],
    ["{data} with extra keys", { data: [documented], total: 1 }, "data"],
  ])("accepts %s", (_name, body, envelope) => {
    expect(parseHistoryBody(body)).toEqual({ records: [documented], rejected: [], rawCount: 1, envelope });
  });

  it.each([
    ["null", null],
    ["a string", "[]"],
    ["a number", 42],
    ["an error body", { success: false, message: "HASH_NOT_MATCH" }],
    ["success:false with data", { success: false, data: [] }],
    ["data that is not an array", { data: { items: [] } }],
    ["an object without data", { records: [] }],
  ])("refuses %s with AntringProtocolError", (_name, body) => {
    expect(() => parseHistoryBody(body)).toThrow(AntringProtocolError);
  });

  it("accepts an empty page", () => {
    expect(parseHistoryBody({ success: true, data: [] })).toEqual({
      records: [],
      rejected: [],
      rawCount: 0,
      envelope: "success",
    });
  });
});

describe("parseHistoryBody normalization", () => {
  it("turns a missing or empty DID into null", () => {
    const { did_number: _omit, ...withoutDid } = documented;
    expect(only([withoutDid]).records[0]?.did_number).toBeNull();
    expect(only([{ ...documented, did_number: undefined }]).records[0]?.did_number).toBeNull();
    expect(only([{ ...documented, did_number: "" }]).records[0]?.did_number).toBeNull();
    expect(only([{ ...documented, did_number: null }]).records[0]?.did_number).toBeNull();
  });

  it("turns a null or missing recording into an empty string", () => {
    const { recording: _omit, ...withoutRecording } = documented;
    expect(only([withoutRecording]).records[0]?.recording).toBe("");
    expect(only([{ ...documented, recording: null }]).records[0]?.recording).toBe("");
  });

  it("reads numbers sent as digit strings", () => {
    const raw = {
      ...documented,
      duration_seconds: "50",
      billing_seconds: "43",
      unix_timestamp: "1519639917",
    };
    expect(only([raw]).records).toEqual([documented]);
  });

  it("drops a null username", () => {
    const raw = { ...documented, caller: { ...documented.caller, username: null } };
    const record = only([raw]).records[0];
    expect(record?.caller).toEqual({ number: "01693608879", type: "realnumber" });
    expect(record && "username" in record.caller).toBe(false);
  });

  it("does not change the raw item kept for a rejection", () => {
    const raw = { ...documented, recording: null, direction: "sideways" };
    const copy = structuredClone(raw);
    expect(only([raw]).rejected[0]?.raw).toEqual(copy);
  });
});

describe("parseHistoryBody rejections", () => {
  const { caller: _omit, ...withoutCaller } = documented;
  it.each<[string, unknown, RegExp]>([
    ["a missing field", withoutCaller, /caller is missing/],
    ["a missing nested field", { ...documented, callee: { type: "user" } }, /callee\.number is missing/],
    [
      "a wrong type",
      { ...documented, duration_seconds: true },
      /duration_seconds: expected number, got true/,
    ],
    [
      "a non-numeric string",
      { ...documented, billing_seconds: "43s" },
      /billing_seconds: expected number, got "43s"/,
    ],
    ["a numeric DID", { ...documented, did_number: 2873019555 }, /did_number: expected string/],
    [
      "an unknown direction",
      { ...documented, direction: "sideways" },
      /direction: unknown value "sideways" \(expected from_ab \| to_ab\)/,
    ],
    ["an unknown class", { ...documented, class: "conference" }, /class: unknown value "conference"/],
    [
      "an unknown status",
      { ...documented, status_detail: "success" },
      /status_detail: unknown value "success"/,
    ],
    [
      "an absurd duration",
      { ...documented, duration_seconds: 9_999_999 },
      /duration_seconds: longer than a week \(got 9999999\)/,
    ],
    [
      "a negative duration",
      { ...documented, duration_seconds: -5, billing_seconds: 0 },
      /duration_seconds: .*got -5/,
    ],
    ["a fractional duration", { ...documented, duration_seconds: 50.5 }, /duration_seconds: .*got 50\.5/],
    [
      "billing above duration",
      { ...documented, billing_seconds: 51 },
      /billing_seconds: more than duration_seconds \(got 51\)/,
    ],
    [
      "a millisecond timestamp",
      { ...documented, unix_timestamp: 1519639917000 },
      /unix_timestamp: after the year 2100/,
    ],
    ["a string item", "hello", /record is not an object: "hello"/],
    ["a null item", null, /record is not an object: null/],
    ["an array item", [documented], /record is not an object/],
  ])("rejects %s with a readable reason", (_name, raw, reason) => {
    const parsed = only([raw]);
    expect(parsed.records).toEqual([]);
    expect(parsed.rejected).toHaveLength(1);
    expect(parsed.rejected[0]?.raw).toBe(raw);
    expect(parsed.rejected[0]?.reason).toMatch(reason);
  });

  it("keeps good records and the order around a bad one", () => {
    const second = { ...documented, unix_timestamp: 1519639000 };
    const parsed = parseHistoryBody([documented, { ...documented, class: "x" }, second]);
    expect(parsed.records).toEqual([documented, second]);
    expect(parsed.rejected).toHaveLength(1);
    expect(parsed.rawCount).toBe(3);
  });

  it("never throws on any item and accounts for every one", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.constant(documented))), (items) => {
        const parsed = parseHistoryBody({ success: true, data: items });
        expect(parsed.records.length + parsed.rejected.length).toBe(items.length);
        for (const r of parsed.rejected) expect(r.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});
