import { describe, expect, it } from "vitest";
import { callBackNumber } from "./call-back";

describe("callBackNumber", () => {
  it("dials the outside party: the caller of an inbound call, the callee of an outbound one", () => {
    const call = { callerNumber: "0903 123-456", calleeNumber: "1001" };
    expect(callBackNumber({ ...call, direction: "to_ab" })).toEqual({
      number: "0903 123-456",
      dialable: true,
    });
    expect(callBackNumber({ ...call, direction: "from_ab" })).toEqual({ number: "1001", dialable: true });
    expect(
      callBackNumber({ callerNumber: "thutranhtkbee", calleeNumber: "1", direction: "to_ab" }).dialable,
    ).toBe(false);
    expect(callBackNumber({ callerNumber: "12", calleeNumber: "1", direction: "to_ab" }).dialable).toBe(
      false,
    );
  });
});
