/**
 * The sync's writer: window reads hand it batches and go on fetching while it writes them, `writers` at a time
 * (one by default: the embedded database runs one statement at a time anyway, and a single writer never waits on
 * itself for rollup rows). The rows handed over and not yet written are bounded: a read handing over a batch waits
 * for room first (backpressure), so memory stays flat however fast AntRing answers.
 */
export class WriteQueue {
  #queuedRows = 0;
  #running = 0;
  readonly #ready: Array<() => void> = [];
  readonly #room: Array<() => void> = [];

  constructor(
    readonly maxQueuedRows: number,
    readonly writers = 1,
    /** Awaited after each write, given how long it took, before the next write may start (see readerShare). */
    readonly rest?: (writeMs: number) => Promise<void>,
  ) {}

  /**
   * Waits until the queue has room for `rows` (a batch larger than the bound is let in alone), then queues
   * `write`. Resolves once queued, with `written`: the write's own outcome, for the caller to await.
   */
  async enqueue<T>(rows: number, write: () => Promise<T>): Promise<{ written: Promise<T> }> {
    while (this.#queuedRows > 0 && this.#queuedRows + rows > this.maxQueuedRows) {
      await new Promise<void>((resolve) => this.#room.push(resolve));
    }
    this.#queuedRows += rows;
    const written = this.#run(write).finally(() => {
      this.#queuedRows -= rows;
      for (const wake of this.#room.splice(0)) wake();
    });
    return { written };
  }

  async #run<T>(write: () => Promise<T>): Promise<T> {
    if (this.#running >= this.writers) await new Promise<void>((resolve) => this.#ready.push(resolve));
    else this.#running++;
    const started = performance.now();
    try {
      return await write();
    } finally {
      if (this.rest) await this.rest(performance.now() - started).catch(() => undefined);
      // Hand the slot straight to the next write in line, or free it.
      const next = this.#ready.shift();
      if (next) next();
      else this.#running--;
    }
  }
}
