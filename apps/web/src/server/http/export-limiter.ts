import { jsonError } from "./json-error";

/**
 * Exports are the heaviest thing a user can ask for (a million rows streamed), so each user gets at most
 * `concurrent` at a time and `perWindow` starts per `windowMs`. Kept in this process's memory: with several web
 * instances the limit applies per instance, which still bounds what one account can make one server do.
 */
export interface ExportLimits {
  concurrent: number;
  perWindow: number;
  windowMs: number;
}

export const EXPORT_LIMITS: ExportLimits = { concurrent: 2, perWindow: 30, windowMs: 10 * 60_000 };

export type ExportAdmission =
  { admitted: true; release(): void } | { admitted: false; retryAfterSeconds: number };

export class ExportLimiter {
  private readonly running = new Map<string, number>();
  private readonly starts = new Map<string, number[]>();

  constructor(
    private readonly limits: ExportLimits = EXPORT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  admit(userId: string): ExportAdmission {
    const now = this.now();
    const recent = (this.starts.get(userId) ?? []).filter((t) => t > now - this.limits.windowMs);
    if (recent.length >= this.limits.perWindow) {
      const oldest = recent[0]!;
      this.starts.set(userId, recent);
      return { admitted: false, retryAfterSeconds: Math.ceil((oldest + this.limits.windowMs - now) / 1000) };
    }
    const running = this.running.get(userId) ?? 0;
    if (running >= this.limits.concurrent) return { admitted: false, retryAfterSeconds: 5 };
    recent.push(now);
    this.starts.set(userId, recent);
    this.running.set(userId, running + 1);
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        const left = (this.running.get(userId) ?? 1) - 1;
        if (left <= 0) this.running.delete(userId);
        else this.running.set(userId, left);
      },
    };
  }
}

/** The 429 an export route sends when the limiter refuses a start. */
export function tooManyExports(retryAfterSeconds: number): Response {
  return jsonError(
    "TOO_MANY_REQUESTS",
    "Too many exports at once: wait for one to finish, or try again shortly.",
    {
      body: { retryAfterSeconds },
      headers: { "Retry-After": String(retryAfterSeconds) },
    },
  );
}
