import { randomBytes } from "node:crypto";

/** How long an auth_token stays valid (the simulator's choice; AntRing documents only that it expires). */
export const TOKEN_LIFETIME_MS = 3_600_000;

/** Tokens issued by auth_token, so the live socket can tell a real one from a guessed or expired one. */
export class LiveTokenRegistry {
  private readonly tokens = new Map<string, number>();

  issue(nowMs: number): { value: string; expireMs: number } {
    for (const [value, expireMs] of this.tokens) if (expireMs <= nowMs) this.tokens.delete(value);
    const value = randomBytes(24).toString("hex");
    const expireMs = nowMs + TOKEN_LIFETIME_MS;
    this.tokens.set(value, expireMs);
    return { value, expireMs };
  }

  isValid(value: unknown, nowMs: number): boolean {
    if (typeof value !== "string") return false;
    const expireMs = this.tokens.get(value);
    return expireMs !== undefined && nowMs < expireMs;
  }

  /** Every token issued so far is refused from now on (as if they all expired server-side). */
  revokeAll(): void {
    this.tokens.clear();
  }
}
