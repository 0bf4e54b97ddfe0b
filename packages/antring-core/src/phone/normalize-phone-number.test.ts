import { describe, expect, it } from "vitest";
import { normalizePhoneNumber, VN_MOBILE_PREFIX_2018 } from "./normalize-phone-number";

describe("normalizePhoneNumber", () => {
  it("writes every spelling of a Vietnamese mobile number as the same E.164", () => {
    for (const spelling of [
      "0903123456",
      "0903 123 456",
      "+84903123456",
      "84903123456",
      "0084903123456",
      "+84 90-312.3456",
      " (090) 3123456 ",
      "903123456",
    ]) {
      expect(normalizePhoneNumber(spelling), spelling).toBe("+84903123456");
    }
  });

  it("converts every old 11-digit mobile prefix of the 2018 table, in every spelling", () => {
    expect(Object.keys(VN_MOBILE_PREFIX_2018)).toHaveLength(21);
    for (const [old, current] of Object.entries(VN_MOBILE_PREFIX_2018)) {
      const expected = `+84${current}9333999`;
      expect(normalizePhoneNumber(`0${old}9333999`)).toBe(expected);
      expect(normalizePhoneNumber(`+84${old}9333999`)).toBe(expected);
      expect(normalizePhoneNumber(`84${old}9333999`)).toBe(expected);
      expect(normalizePhoneNumber(`0${current}9333999`)).toBe(expected);
    }
    expect(normalizePhoneNumber("0169.9333.999")).toBe("+84399333999");
    expect(normalizePhoneNumber("01887878888")).toBe("+84587878888");
  });

  it("accepts mobile ranges newer than the library's metadata (052)", () => {
    expect(normalizePhoneNumber("0521434337")).toBe("+84521434337");
    expect(normalizePhoneNumber("84521434337")).toBe("+84521434337");
  });

  it("normalizes landlines and hotlines", () => {
    expect(normalizePhoneNumber("028 3812 3456")).toBe("+842838123456");
    expect(normalizePhoneNumber("+842838123456")).toBe("+842838123456");
    expect(normalizePhoneNumber("1900 6868")).toBe("+8419006868");
    expect(normalizePhoneNumber("18001234")).toBe("+8418001234");
  });

  it("keeps extensions, SIP accounts, foreign and malformed strings as given (trimmed)", () => {
    for (const kept of [
      "101",
      "1001",
      "lanpham@ab.vn",
      "+14155550123",
      "",
      "abc",
      "09031234567890123",
      "0903x123456",
    ]) {
      expect(normalizePhoneNumber(kept)).toBe(kept.trim());
    }
    expect(normalizePhoneNumber("  101 ")).toBe("101");
  });

  it("is idempotent", () => {
    for (const s of ["0903 123 456", "01623456789", "101", "+14155550123", "19006868"]) {
      const once = normalizePhoneNumber(s);
      expect(normalizePhoneNumber(once)).toBe(once);
    }
  });
});
