import type { AntringClient } from "../client";
import type { AuthToken } from "../responses";

/** A cached token is replaced this long before it expires, so a reconnect never presents a dying one. */
const EXPIRY_MARGIN_MS = 30_000;

/** The live feed's auth token: fetched on demand, reused until it nears expiry or the server refuses it. */
export class LiveTokenSource {
  #token: AuthToken | undefined;

  constructor(
    private readonly client: AntringClient,
    private readonly now: () => number = Date.now,
  ) {}

  async get(signal?: AbortSignal): Promise<AuthToken> {
    const cached = this.#token;
    if (cached !== undefined && cached.expire.getTime() - EXPIRY_MARGIN_MS > this.now()) return cached;
    // A fresh token is used even when its lifetime is shorter than the margin: it is the best there is.
    const token = await this.client.getAuthToken(signal);
    this.#token = token;
    return token;
  }

  /** Forget `token` (refused, or the server hung up on it); the next get() fetches a new one. */
  invalidate(token: AuthToken): void {
    if (this.#token === token) this.#token = undefined;
  }
}
