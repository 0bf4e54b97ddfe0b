import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

const ORIGIN = "http://127.0.0.1:3000";

describe("safeCallbackPath", () => {
  it("keeps a path (and query) of this site", () => {
    expect(safeCallbackPath("/calls?status=SUCCESS", ORIGIN)).toBe("/calls?status=SUCCESS");
    expect(safeCallbackPath("http://127.0.0.1:3000/agents?x=1", ORIGIN)).toBe("/agents?x=1");
  });

  it("never sends the user to another site (open redirect)", () => {
    for (const value of [
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "evil.example/x",
      "https://evil.example/x",
      "http://127.0.0.1:3001/x",
      // What /sign-in?callbackUrl=/%09/evil.example and its kin decode to: the browser drops tabs and line breaks.
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\t//evil.example",
    ]) {
      expect(safeCallbackPath(value, ORIGIN)).toBe("/");
    }
  });

  it("gives a value a Location header can carry, whatever it held", () => {
    for (const value of ["/calls\n", "/calls%0a", "/x\u0000y", "/ü?q=\u2028"]) {
      expect(safeCallbackPath(value, ORIGIN)).toMatch(/^\/[\x21-\x7e]*$/);
    }
  });

  it("does not loop back to sign-in", () => {
    expect(safeCallbackPath("/sign-in?callbackUrl=/", ORIGIN)).toBe("/");
    expect(safeCallbackPath(undefined, ORIGIN)).toBe("/");
  });
});
