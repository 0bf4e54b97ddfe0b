import { randomBytes } from "node:crypto";

/** How long an auth_token stays valid (the simulator's choice; AntRing documents only that it expires). */
const TOKEN_LIFETIME_MS = 3_600_000;

/** How auth_token words `expire` (AntRing does not document it): ISO time, epoch seconds or ms, or a lifetime in s. */
export const TOKEN_EXPIRE_FORMATS = ["iso", "epoch-s", "epoch-ms", "lifetime"] as const;
export type TokenExpireFormat = (typeof TOKEN_EXPIRE_FORMATS)[number];

/** The shape of the auth_token answer: its expire format, and an `account_id` when set. */
export interface TokenAnswerShape {
  expireFormat: TokenExpireFormat;
  accountId: string | null;
}

/** Tokens issued by auth_token, so the live socket can tell a real one from a guessed or expired one. */
export class LiveTokenRegistry {
  private readonly tokens = new Map<string, number>();
  shape: TokenAnswerShape = { expireFormat: "iso", accountId: null };

  /** The auth_token answer for a new token, in the current shape. */
  answer(nowMs: number): Record<string, string | number> {
    const { value, expireMs } = this.issue(nowMs);
    const expire = {
      iso: new Date(expireMs).toISOString(),
      "epoch-s": Math.floor(expireMs / 1000),
      "epoch-ms": expireMs,
      lifetime: Math.round(TOKEN_LIFETIME_MS / 1000),
    }[this.shape.expireFormat];
    return this.shape.accountId === null
      ? { value, expire }
      : { value, expire, account_id: this.shape.accountId };
  }

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
