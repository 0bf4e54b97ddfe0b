import { LRUCache } from "lru-cache";

/**
 * Results shared by every caller who asks the same question of the same data: a bounded LRU of finished answers
 * plus the answers still being computed (single-flight), so 50 people opening one dashboard run its queries once.
 * The key must name everything the answer depends on (query, input, data scope, settings, data version).
 */
export class SharedResults<T extends object> {
  private readonly done: LRUCache<string, T>;
  private readonly running = new Map<string, Promise<T>>();

  constructor(options: { maxEntries: number; maxAgeMs: number }) {
    this.done = new LRUCache<string, T>({ max: options.maxEntries, ttl: options.maxAgeMs });
  }

  /** The cached answer for `key`, the one being computed, or a new one from `compute` (kept when `keep` says so). */
  async get(key: string, compute: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    const cached = this.done.get(key);
    if (cached !== undefined) return cached;
    const inFlight = this.running.get(key);
    if (inFlight) return inFlight;
    const promise = compute().then(
      (value) => {
        if (keep(value)) this.done.set(key, value);
        this.running.delete(key);
        return value;
      },
      (error: unknown) => {
        this.running.delete(key);
        throw error;
      },
    );
    this.running.set(key, promise);
    return promise;
  }

  get size(): number {
    return this.done.size;
  }
}
