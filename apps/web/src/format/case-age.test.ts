import { describe, expect, it } from "vitest";
import { caseAge } from "./case-age";

describe("caseAge", () => {
  it("says how long a case has waited in minutes, then hours, then days", () => {
    const now = new Date("2026-12-06T10:00:00Z");
    const ago = (minutes: number) => caseAge(new Date(now.getTime() - minutes * 60_000), now);
    expect(ago(0)).toEqual({ unit: "minutes", n: 0 });
    expect(ago(119)).toEqual({ unit: "minutes", n: 119 });
    expect(ago(120)).toEqual({ unit: "hours", n: 2 });
    expect(ago(47 * 60 + 59)).toEqual({ unit: "hours", n: 47 });
    expect(ago(48 * 60)).toEqual({ unit: "days", n: 2 });
    // A clock a little behind the server's never shows a negative age.
    expect(ago(-5)).toEqual({ unit: "minutes", n: 0 });
  });
});
