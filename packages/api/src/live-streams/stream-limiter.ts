/**
 * Open live streams (server-sent events: the wallboard's events, the sync page's progress) per caller: each holds a
 * connection, timers and a subscription for as long as it lasts, so one account or one display token cannot open
 * them without end. In this process's memory, like the export limits: per web instance. Each kind of stream has its
 * own count per caller (a wall of wallboard tabs does not lock the sync page out).
 */
export const LIVE_STREAM_LIMITS = { perUser: 6, perDisplay: 3 } as const;

export class StreamLimiter {
  private readonly open = new Map<string, number>();

  /** A release function for a new stream of `key`, or null when it already has `max` open. */
  acquire(key: string, max: number): (() => void) | null {
    const count = this.open.get(key) ?? 0;
    if (count >= max) return null;
    this.open.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left <= 0) this.open.delete(key);
      else this.open.set(key, left);
    };
  }

  openFor(key: string): number {
    return this.open.get(key) ?? 0;
  }
}
