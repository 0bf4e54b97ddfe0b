import { describe, expect, it } from "vitest";
import { numberFormats } from "./numbers";

describe("numberFormats", () => {
  it("groups digits and writes percents the language's way", () => {
    expect(numberFormats("en").integer(12345)).toBe("12,345");
    expect(numberFormats("vi").integer(12345)).toBe("12.345");
    expect(numberFormats("en").percent(0.8125)).toBe("81.3%");
  });
});
