import { describe, expect, it } from "vitest";
import { isCovered } from "./window-coverage";

const w = (from: number, to: number) => ({ from: new Date(from), to: new Date(to) });

describe("isCovered", () => {
  it("accepts a window inside one done window", () => {
    expect(isCovered(w(10, 20), [w(0, 30)])).toBe(true);
  });
  it("accepts a window covered by contiguous done windows (b, b+1 ms)", () => {
    expect(isCovered(w(10, 20), [w(15, 25), w(0, 14)])).toBe(true);
  });
  it("refuses a window with a one-millisecond gap", () => {
    expect(isCovered(w(10, 20), [w(0, 14), w(16, 25)])).toBe(false);
  });
  it("refuses a window only partly covered at either end", () => {
    expect(isCovered(w(10, 20), [w(11, 30)])).toBe(false);
    expect(isCovered(w(10, 20), [w(0, 19)])).toBe(false);
  });
  it("ignores done windows entirely before the window", () => {
    expect(isCovered(w(10, 20), [w(0, 2), w(3, 5), w(8, 22)])).toBe(true);
  });
  it("refuses when nothing is done", () => {
    expect(isCovered(w(10, 20), [])).toBe(false);
  });
});
