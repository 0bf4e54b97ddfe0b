import { describe, expect, it } from "vitest";
import type { Database } from "./open-database";
import { hasRecentReaders, noteReadActivity } from "./read-activity";

// Only the object's identity matters here: each stands for a database handle of its own.
const handle = () => ({}) as Database;

describe("read activity", () => {
  it("tells readers of the last moments from none, per database handle", () => {
    const read = handle();
    const other = handle();
    noteReadActivity(read, 10_000);
    expect(hasRecentReaders(read, 2_000, 11_500)).toBe(true);
    expect(hasRecentReaders(read, 2_000, 12_500)).toBe(false);
    expect(hasRecentReaders(other, 2_000, 11_500)).toBe(false);
  });
});
