import { describe, expect, it } from "vitest";
import { callBackProblem } from "./dial-problem";

describe("callBackProblem", () => {
  it("tells a device that is offline from one that is not set up", () => {
    const precondition = (message: string) => ({ message, data: { code: "PRECONDITION_FAILED" } });
    expect(callBackProblem(precondition("Your SIP device is offline or not registered"))).toBe(
      "deviceOffline",
    );
    expect(
      callBackProblem(
        precondition(
          "No SIP device is set up for your account. Ask an admin to add your SIP account under Users.",
        ),
      ),
    ).toBe("notConfigured");
    expect(
      callBackProblem({ message: "AntRing could not place the call.", data: { code: "BAD_GATEWAY" } }),
    ).toBe("failed");
    expect(callBackProblem(new TypeError("Failed to fetch"))).toBe("failed");
  });
});
