import { describe, expect, it } from "vitest";
import { CoalescedReader } from "./data-versions";

describe("CoalescedReader", () => {
  it("gives callers who arrive during a read the next read, started after they arrived, and shares it", async () => {
    let started = 0;
    const releases: (() => void)[] = [];
    const reader = new CoalescedReader(async () => {
      const n = ++started;
      await new Promise<void>((r) => releases.push(r));
      return n;
    });
    const first = reader.read();
    // Arrived while read 1 runs: it may predate a change they must see, so they wait for read 2.
    const second = reader.read();
    const third = reader.read();
    expect(started).toBe(1);
    releases[0]!();
    expect(await first).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toBe(2);
    releases[1]!();
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    // Nothing in flight: a new caller starts a read of its own at once.
    const fourth = reader.read();
    expect(started).toBe(3);
    releases[2]!();
    expect(await fourth).toBe(3);
  });
});
