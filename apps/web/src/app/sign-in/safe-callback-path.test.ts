import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

describe("safeCallbackPath", () => {
  it("keeps a path (and query) of this site", () => {
    expect(safeCallbackPath("/calls?status=SUCCESS")).toBe("/calls?status=SUCCESS");
    expect(safeCallbackPath("http://127.0.0.1:3000/agents?x=1")).toBe("/agents?x=1");
  });

  it("never sends the user to another site (open redirect)", () => {
    for (const value of ["//evil.example/x", "/\\evil.example", "javascript:alert(1)", "evil.example/x"]) {
      expect(safeCallbackPath(value)).toBe("/");
    }
  });

  it("does not loop back to sign-in", () => {
    expect(safeCallbackPath("/sign-in?callbackUrl=/")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});
