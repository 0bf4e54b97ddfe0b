import { describe, expect, it } from "vitest";
import { EXAMPLE_TIMESTAMP, inboundCall, internalCall, outboundCall } from "@antdash/antring-core/testing";
import { callFingerprint } from "./call-key";
import { toCallRow } from "./call-row";

const HCM = "Asia/Ho_Chi_Minh";

describe("toCallRow", () => {
  it("copies every documented field into its own column", () => {
    const record = inboundCall({ recording: "call_recording_x.mp3" });
    expect(toCallRow(record, "rec:call_recording_x.mp3", HCM)).toMatchObject({
      id: "rec:call_recording_x.mp3",
      callerNumber: "01693608879",
      callerType: "realnumber",
      callerUsername: null,
      calleeNumber: "thutranhtkbee",
      calleeType: "user",
      calleeUsername: "thutran",
      class: "trunking",
      didNumber: "02873019555",
      direction: "to_ab",
      statusDetail: "SUCCESS",
      durationSeconds: 50,
      billingSeconds: 43,
      unixTimestamp: EXAMPLE_TIMESTAMP,
      recording: "call_recording_x.mp3",
      fingerprint: callFingerprint(record),
      callerNormalized: "+84393608879", // the old 0169 prefix, now 039
      calleeNormalized: "thutranhtkbee",
    });
  });

  it("stores an empty recording as null", () => {
    expect(toCallRow(inboundCall({ recording: "" }), "k", HCM).recording).toBeNull();
  });

  it("derives the start instant, the wait, and local date, hour and weekday in the configured zone", () => {
    const row = toCallRow(inboundCall(), "k", HCM);
    expect(row.startedAt.toISOString()).toBe("2018-02-26T10:11:57.000Z");
    expect(row.waitSeconds).toBe(7);
    expect(row).toMatchObject({ localDate: "2018-02-26", localHour: 17, localWeekday: 1 });
  });

  it("takes local fields from the configured zone, not the machine's", () => {
    // 2018-02-26T10:11:57Z is 02:11 on the same Monday in Los Angeles (UTC-8); 03:00Z is the Sunday evening before.
    const row = toCallRow(inboundCall(), "k", "America/Los_Angeles");
    expect(row).toMatchObject({ localDate: "2018-02-26", localHour: 2, localWeekday: 1 });
    const late = toCallRow(
      inboundCall({ unix_timestamp: Date.UTC(2018, 1, 26, 3, 0, 0) / 1000 }),
      "k",
      "America/Los_Angeles",
    );
    expect(late).toMatchObject({ localDate: "2018-02-25", localHour: 19, localWeekday: 0 });
  });

  it("names the callee as the agent of an inbound call", () => {
    expect(toCallRow(inboundCall(), "k", HCM).agents).toEqual(["thutran"]);
  });

  it("names the caller as the agent of an outbound call", () => {
    expect(toCallRow(outboundCall(), "k", HCM).agents).toEqual(["lan"]);
  });

  it("names both users on an internal call, falling back to the number without a username", () => {
    expect(toCallRow(internalCall(), "k", HCM).agents).toEqual(["lan", "102"]);
  });

  it("never counts an external number as an agent", () => {
    const unanswered = inboundCall({
      callee: { number: "02873019555", type: "realnumber" },
      status_detail: "IVR",
    });
    expect(toCallRow(unanswered, "k", HCM).agents).toEqual([]);
  });
});
