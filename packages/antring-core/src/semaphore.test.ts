import { describe, expect, it } from "vitest";
import { Semaphore } from "./semaphore";

describe("Semaphore", () => {
  it("never lets more than `limit` holders in, and hands slots over in order", async () => {
    const semaphore = new Semaphore(2);
    const order: number[] = [];
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const release = await semaphore.acquire();
        inside++;
        most = Math.max(most, inside);
        order.push(i);
        await new Promise((r) => setTimeout(r, 1));
        inside--;
        release();
      }),
    );
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(semaphore.inUse).toBe(0);
  });

  it("drops an aborted waiter from the queue", async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire();
    const controller = new AbortController();
    const waiting = semaphore.acquire(controller.signal);
    controller.abort(new Error("cancelled"));
    await expect(waiting).rejects.toThrow("cancelled");
    release();
    // The slot went back to the pool, not to the aborted waiter.
    expect(semaphore.inUse).toBe(0);
    const again = await semaphore.acquire();
    expect(semaphore.inUse).toBe(1);
    again();
  });

  it("ignores a second release", async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire();
    release();
    release();
    expect(semaphore.inUse).toBe(0);
  });

  it("refuses a limit below 1", () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
  });
});
