import { describe, expect, it } from "vitest";
import { parseAuthExpiry } from "./auth-expiry";

const NOW = Date.UTC(2024, 5, 1, 12, 0, 0);
const IN_AN_HOUR = NOW + 3_600_000;

describe("parseAuthExpiry", () => {
  it.each([
    ["ISO time", new Date(IN_AN_HOUR).toISOString()],
    ["ISO time with an offset", "2024-06-01T20:00:00+07:00"],
    ["epoch seconds", IN_AN_HOUR / 1000],
    ["epoch seconds as text", String(IN_AN_HOUR / 1000)],
    ["epoch milliseconds", IN_AN_HOUR],
    ["epoch milliseconds as text", String(IN_AN_HOUR)],
    ["a lifetime in seconds", 3600],
    ["a lifetime in seconds as text", "3600"],
  ])("reads %s", (_what, raw) => {
    expect(parseAuthExpiry(raw, NOW)?.getTime()).toBe(IN_AN_HOUR);
  });

  it.each([undefined, null, "", "soon", 0, -5, Number.NaN, {}, []])("refuses %j", (raw) => {
    expect(parseAuthExpiry(raw, NOW)).toBeUndefined();
  });
});
