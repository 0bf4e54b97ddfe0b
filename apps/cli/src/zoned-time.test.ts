import { describe, expect, it } from "vitest";
import { UsageError } from "./usage-error";
import { parseCliInstant } from "./zoned-time";

describe("parseCliInstant", () => {
  it("takes an instant with a zone as is", () => {
    expect(parseCliInstant("2026-01-31T17:00:00Z", "Asia/Ho_Chi_Minh", "--from", false).toISOString()).toBe(
      "2026-01-31T17:00:00.000Z",
    );
  });

  it("reads a date or a local time as wall-clock time in the zone; a bare --to date is the end of that day", () => {
    const zone = "Asia/Ho_Chi_Minh";
    expect(parseCliInstant("2026-02-01", zone, "--from", false).toISOString()).toBe(
      "2026-01-31T17:00:00.000Z",
    );
    expect(parseCliInstant("2026-02-01", zone, "--to", true).toISOString()).toBe("2026-02-01T16:59:59.999Z");
    expect(parseCliInstant("2026-02-01T08:30", zone, "--from", false).toISOString()).toBe(
      "2026-02-01T01:30:00.000Z",
    );
  });

  it("follows daylight saving time in zones that have it", () => {
    expect(parseCliInstant("2026-07-01T09:00", "Europe/Paris", "--from", false).toISOString()).toBe(
      "2026-07-01T07:00:00.000Z",
    );
    expect(parseCliInstant("2026-01-01T09:00", "Europe/Paris", "--from", false).toISOString()).toBe(
      "2026-01-01T08:00:00.000Z",
    );
  });

  it("refuses what is not a date, naming the flag", () => {
    expect(() => parseCliInstant("2026-02-30", "Asia/Ho_Chi_Minh", "--from", false)).toThrow(UsageError);
    expect(() => parseCliInstant("yesterday", "Asia/Ho_Chi_Minh", "--to", true)).toThrow(/--to: "yesterday"/);
  });
});
