import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAntringDate, toAntringDate } from "./dates";
import { InvalidArgumentError } from "./errors";

describe("toAntringDate", () => {
  it("formats in UTC with milliseconds", () => {
    expect(toAntringDate(new Date(Date.UTC(2018, 1, 7, 2, 19, 33, 0)))).toBe("2018-02-07T02:19:33.000Z");
    expect(toAntringDate(new Date(Date.UTC(2024, 11, 31, 23, 59, 59, 999)))).toBe("2024-12-31T23:59:59.999Z");
  });

  it("refuses invalid dates and six-digit years", () => {
    expect(() => toAntringDate(new Date(Number.NaN))).toThrow(InvalidArgumentError);
    expect(() => toAntringDate(new Date(Date.UTC(10_000, 0, 1)))).toThrow(InvalidArgumentError);
  });
});

describe("parseAntringDate", () => {
  it("parses the documented form", () => {
    expect(parseAntringDate("2018-02-07T02:19:33.000Z").getTime()).toBe(Date.UTC(2018, 1, 7, 2, 19, 33, 0));
  });

  it.each([
    "2018-02-07T02:19:33Z", // no milliseconds
    "2018-02-07T02:19:33.000", // no zone
    "2018-02-07T09:19:33.000+07:00", // offset instead of Z
    "2018-02-07 02:19:33.000Z",
    "2018-02-30T00:00:00.000Z", // no such day
    "2018-02-07T24:00:00.000Z",
    " 2018-02-07T02:19:33.000Z",
    "",
  ])("refuses %j", (text) => {
    expect(() => parseAntringDate(text)).toThrow(InvalidArgumentError);
  });

  it("round-trips every representable instant", () => {
    // 0000-01-01T00:00:00.000Z .. 9999-12-31T23:59:59.999Z
    const range = fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 });
    fc.assert(
      fc.property(range, (ms) => {
        const text = toAntringDate(new Date(ms));
        expect(parseAntringDate(text).getTime()).toBe(ms);
      }),
    );
  });
});
