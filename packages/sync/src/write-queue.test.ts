import { describe, expect, it } from "vitest";
import { WriteQueue } from "./write-queue";

/** A write that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("WriteQueue", () => {
  it("runs one write at a time, in the order they were handed over", async () => {
    const queue = new WriteQueue(1_000);
    const order: string[] = [];
    const first = gate();
    const a = await queue.enqueue(10, async () => {
      order.push("a starts");
      await first.opened;
      order.push("a ends");
    });
    const b = await queue.enqueue(10, () => Promise.resolve(void order.push("b runs")));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual(["a starts"]); // b waits for a
    first.open();
    await Promise.all([a.written, b.written]);
    expect(order).toEqual(["a starts", "a ends", "b runs"]);
  });

  it("makes a caller wait while the rows not yet written would pass the bound", async () => {
    const queue = new WriteQueue(100);
    const slow = gate();
    const first = await queue.enqueue(60, () => slow.opened);
    let admitted = false;
    const second = queue
      .enqueue(60, () => Promise.resolve(undefined))
      .then((handle) => {
        admitted = true;
        return handle;
      });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(admitted).toBe(false); // 60 + 60 > 100: backpressure
    slow.open();
    await first.written;
    await (
      await second
    ).written;
    expect(admitted).toBe(true);
  });

  it("lets a batch larger than the bound in alone, and reports each write's own failure", async () => {
    const queue = new WriteQueue(10);
    const big = await queue.enqueue(50, () => Promise.resolve(50));
    const failing = await queue.enqueue(5, () => Promise.reject(new Error("disk full")));
    const failed = expect(failing.written).rejects.toThrow("disk full");
    const after = await queue.enqueue(5, () => Promise.resolve(5));
    expect(await big.written).toBe(50);
    await failed;
    expect(await after.written).toBe(5); // a failed write does not stop the queue
  });

  it("runs up to `writers` writes at once", async () => {
    const queue = new WriteQueue(1_000, 2);
    let running = 0;
    let most = 0;
    const write = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    };
    const handles = await Promise.all([1, 2, 3, 4, 5].map(() => queue.enqueue(1, write)));
    await Promise.all(handles.map((h) => h.written));
    expect(most).toBe(2);
  });

  it("rests after each write, given its duration, before the next write starts", async () => {
    const order: string[] = [];
    const rest = gate();
    const rests: number[] = [];
    const queue = new WriteQueue(1_000, 1, async (writeMs) => {
      rests.push(writeMs);
      order.push("rest");
      await rest.opened;
    });
    const a = await queue.enqueue(1, () => Promise.resolve(void order.push("a")));
    const b = await queue.enqueue(1, () => Promise.resolve(void order.push("b")));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual(["a", "rest"]); // b waits for the rest
    rest.open();
    await Promise.all([a.written, b.written]);
    expect(order).toEqual(["a", "rest", "b", "rest"]);
    expect(rests.every((ms) => ms >= 0)).toBe(true);
  });
});
