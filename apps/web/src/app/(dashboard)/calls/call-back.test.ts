import { describe, expect, it } from "vitest";
import { callBackNumber, callBackProblem } from "./call-back";

describe("call back", () => {
  it("dials the outside party: the caller of an inbound call, the callee of an outbound one", () => {
    const call = { callerNumber: "0903 123-456", calleeNumber: "1001" };
    expect(callBackNumber({ ...call, direction: "to_ab" })).toEqual({ number: "0903 123-456", dialable: true });
    expect(callBackNumber({ ...call, direction: "from_ab" })).toEqual({ number: "1001", dialable: true });
    expect(callBackNumber({ callerNumber: "thutranhtkbee", calleeNumber: "1", direction: "to_ab" }).dialable).toBe(false);
    expect(callBackNumber({ callerNumber: "12", calleeNumber: "1", direction: "to_ab" }).dialable).toBe(false);
  });

  it("tells a device that is offline from one that is not set up", () => {
    // The shape the API's errorFormatter sends; the English message plays no part.
    const precondition = (reason: string) => ({ message: "…", data: { code: "PRECONDITION_FAILED", reason } });
    expect(callBackProblem(precondition("sipDeviceOffline"))).toBe("deviceOffline");
    expect(callBackProblem(precondition("sipDeviceNotConfigured"))).toBe("notConfigured");
    expect(callBackProblem({ message: "…", data: { code: "BAD_GATEWAY", reason: "clickToCallFailed" } })).toBe("failed");
    expect(callBackProblem(new TypeError("Failed to fetch"))).toBe("failed");
  });
});
