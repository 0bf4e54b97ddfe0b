import { parseAuthExpiry } from "./auth-expiry";
import { AntringProtocolError } from "./errors";

/** Token for the live call-signal websocket. */
export interface AuthToken {
  value: string;
  expire: Date;
  /** The account the token belongs to, when the answer names one (`account_id`); sent on every live subscribe. */
  accountId?: string;
}

function field(body: unknown, name: string): unknown {
  return typeof body === "object" && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

// The messages below name the missing part only: the bodies hold a token or a signed URL.

export function parseAuthTokenBody(body: unknown, request: string): AuthToken {
  const value = field(body, "value");
  if (typeof value !== "string" || value.length === 0) {
    throw new AntringProtocolError("auth_token body has no token value", { request });
  }
  const expire = parseAuthExpiry(field(body, "expire"));
  if (!expire) throw new AntringProtocolError("auth_token body has no readable expire time", { request });
  const accountId = field(body, "account_id");
  return typeof accountId === "string" && accountId.length > 0
    ? { value, expire, accountId }
    : { value, expire };
}
