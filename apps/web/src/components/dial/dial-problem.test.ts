import { describe, expect, it } from "vitest";
import { callBackProblem } from "./dial-problem";

describe("callBackProblem", () => {
  it("tells a device that is offline from one that is not set up, by the API's reason", () => {
    // The shape the API's errorFormatter sends; the English message plays no part.
    const precondition = (reason: string) => ({
      message: "…",
      data: { code: "PRECONDITION_FAILED", reason },
    });
    expect(callBackProblem(precondition("sipDeviceOffline"))).toBe("deviceOffline");
    expect(callBackProblem(precondition("sipDeviceNotConfigured"))).toBe("notConfigured");
    expect(
      callBackProblem({ message: "…", data: { code: "BAD_GATEWAY", reason: "clickToCallFailed" } }),
    ).toBe("failed");
    expect(callBackProblem(new TypeError("Failed to fetch"))).toBe("failed");
  });
});
