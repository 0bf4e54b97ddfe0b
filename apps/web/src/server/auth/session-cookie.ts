import { decode, encode, type JWT } from "next-auth/jwt";

/** Sessions last 8 hours from the last request (the proxy re-issues the cookie as the user works). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** A session cookie older than this is re-issued with a fresh expiry on the next request. */
export const SESSION_REFRESH_AFTER_SECONDS = 5 * 60;

/** next-auth 4's cookie name; the __Secure- form when served over https. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Whether this request reached us over https: NEXTAUTH_URL decides when set, else the forwarded protocol (which
 * Next fills from the socket when no proxy set it). next-auth makes the same choice for its cookies.
 */
export function isSecureRequest(headers: Headers, publicUrl: string | undefined): boolean {
  if (publicUrl) return publicUrl.startsWith("https://");
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return proto === "https";
}

/** The session's token if the cookie holds a valid, unexpired one signed with `secret`; otherwise null. */
export async function readSessionToken(cookieValue: string | undefined, secret: string): Promise<JWT | null> {
  if (!cookieValue) return null;
  try {
    const token = await decode({ token: cookieValue, secret });
    return token && typeof token.sub === "string" ? token : null;
  } catch {
    return null; // tampered, signed with another secret, or expired
  }
}

/** The same identity with a fresh expiry (encode sets iat, exp and jti anew). */
export function reissueSessionToken(token: JWT, secret: string): Promise<string> {
  const { sub, name, email } = token;
  return encode({ token: { sub, name, email }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
}

export function isDueForRefresh(token: JWT, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const issuedAt = typeof token.iat === "number" ? token.iat : 0;
  return nowSeconds - issuedAt >= SESSION_REFRESH_AFTER_SECONDS;
}
