import { describe, expect, it } from "vitest";
import { medianOfBins } from "./medians";

describe("medianOfBins", () => {
  it("is exact in 1-second bins, like percentile_cont(0.5)", () => {
    expect(
      medianOfBins([
        { bin: 7, n: 1 },
        { bin: 3, n: 1 },
        { bin: 12, n: 1 },
      ]),
    ).toEqual({ value: 7, approximate: false });
    // An even count averages the two middle values.
    expect(
      medianOfBins([
        { bin: 3, n: 2 },
        { bin: 10, n: 2 },
      ]),
    ).toEqual({ value: 6.5, approximate: false });
    expect(medianOfBins([])).toEqual({ value: 0, approximate: false });
  });

  it("interpolates inside a wider bin and says so", () => {
    // Five values in [125, 130): spread as 125, 126, 127, 128, 129; the middle one is 127.
    expect(medianOfBins([{ bin: 125, n: 5 }])).toEqual({ value: 127, approximate: true });
    // One value below, three in [180, 195): the 2nd smallest is the first slice of that bin.
    expect(
      medianOfBins([
        { bin: 10, n: 1 },
        { bin: 180, n: 3 },
      ]),
    ).toEqual({ value: 184.5, approximate: true });
    // The open-ended last bin gives its lower bound.
    expect(medianOfBins([{ bin: 7200, n: 3 }])).toEqual({ value: 7200, approximate: true });
  });
});
