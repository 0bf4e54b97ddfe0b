import { describe, expect, it } from "vitest";
import { bindingMatches, isCallBinding, requestedBindings, routingKey } from "./bindings";

describe("bindings", () => {
  it.each([
    ["call.CHANNEL_CREATE.*", "call.CHANNEL_CREATE.abc", true],
    ["call.CHANNEL_CREATE.*", "call.CHANNEL_ANSWER.abc", false],
    ["call.CHANNEL_CREATE.abc", "call.CHANNEL_CREATE.abc", true],
    ["call.CHANNEL_CREATE.abc", "call.CHANNEL_CREATE.abd", false],
    ["call.*.*", "call.CHANNEL_DESTROY.x", true],
    ["call.#", "call.CHANNEL_DESTROY.x", true],
    ["#", "call.CHANNEL_DESTROY.x", true],
    ["call.*", "call.CHANNEL_DESTROY.x", false],
    ["call.CHANNEL_CREATE.*.*", "call.CHANNEL_CREATE.x", false],
  ])("%s matches %s: %s", (binding, key, expected) => {
    expect(bindingMatches(binding, key)).toBe(expected);
  });

  it("routes call events by event name and call id", () => {
    expect(routingKey("CHANNEL_ANSWER", "sim-1")).toBe("call.CHANNEL_ANSWER.sim-1");
  });

  it("serves call bindings only", () => {
    for (const binding of ["call.CHANNEL_CREATE.*", "call.*.*", "call.#", "call.CHANNEL_DESTROY.sim-1"])
      expect(isCallBinding(binding)).toBe(true);
    for (const binding of ["conference.event.*", "call.PARK_PARKED.*", "call", "", 42, null, "x".repeat(300)])
      expect(isCallBinding(binding)).toBe(false);
  });

  it("reads Kazoo's `binding` and `bindings` forms", () => {
    expect(requestedBindings({ binding: "a", bindings: ["b", "c"] })).toEqual(["a", "b", "c"]);
    expect(requestedBindings({ bindings: "not-a-list" })).toEqual([]);
    expect(requestedBindings({})).toEqual([]);
  });
});
