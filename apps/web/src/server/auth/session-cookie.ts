import type { SessionClaims } from "@antdash/api";
import { LRUCache } from "lru-cache";
import { decode, encode, type JWT } from "next-auth/jwt";

/** Sessions idle for 8 hours end (the proxy re-issues the cookie as the user works, up to the absolute lifetime). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** A session cookie older than this is re-issued with a fresh expiry on the next request. */
export const SESSION_REFRESH_AFTER_SECONDS = 5 * 60;

/** The claims our sign-in adds to next-auth's token (see auth-options' jwt callback). */
export interface SessionTokenClaims {
  /** Unique per sign-in (signing out ends it). */
  sid: string;
  /** The user's session version at sign-in. */
  sv: number;
  /** Sign-in time, seconds since the epoch: the absolute lifetime counts from here. */
  auth_time: number;
}

/** next-auth 4's cookie name; the __Secure- form when served over https. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Whether this request reached us over https: NEXTAUTH_URL decides when set, else the forwarded protocol (which
 * Next fills from the socket when no trusted proxy set it). next-auth makes the same choice for its cookies.
 */
export function isSecureRequest(headers: Headers, publicUrl: string | undefined): boolean {
  if (publicUrl) return publicUrl.startsWith("https://");
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return proto === "https";
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Cookies decrypted recently (decrypting one costs ~1.5 ms of CPU, and every request did it twice: the proxy and
 * the API). Keyed by secret and cookie; the expiry is checked again on each use, and whether the session was
 * revoked stays the database's to say (read when a user or session changed: see @antdash/api's sessionUserAt).
 */
const decoded = new LRUCache<string, JWT>({ max: 10_000, ttl: 60_000 });

async function decodeOnce(cookieValue: string, secret: string): Promise<JWT | null> {
  const key = `${secret}\n${cookieValue}`;
  const known = decoded.get(key);
  if (known) return known;
  let token: JWT | null;
  try {
    token = await decode({ token: cookieValue, secret });
  } catch {
    return null; // tampered, signed with another secret, or expired
  }
  if (token) decoded.set(key, Object.freeze(token));
  return token;
}

/**
 * The session's token if the cookie holds a valid, unexpired one signed with `secret`, carrying our session claims
 * and still within the absolute lifetime; otherwise null. (Whether the session was revoked is the database's to
 * say: see loadSessionUser.)
 */
export async function readSessionToken(
  cookieValue: string | undefined,
  secret: string,
  lifetimeSeconds: number,
  now = nowSeconds(),
): Promise<(JWT & SessionTokenClaims) | null> {
  if (!cookieValue) return null;
  const token = await decodeOnce(cookieValue, secret);
  if (!token || typeof token.sub !== "string") return null;
  // decode checked the expiry when it decrypted; a remembered token is checked again here.
  if (typeof token.exp === "number" && now >= token.exp) return null;
  const { sid, sv, auth_time: authTime } = token;
  if (typeof sid !== "string" || typeof sv !== "number" || typeof authTime !== "number") return null;
  if (now >= authTime + lifetimeSeconds) return null;
  return token as JWT & SessionTokenClaims;
}

/** What the API checks against the database on every request. */
export function sessionClaimsOf(token: JWT & SessionTokenClaims): SessionClaims {
  return { userId: token.sub as string, sessionId: token.sid, version: token.sv };
}

/**
 * When the session ends at the latest: the absolute lifetime counted from sign-in. Never later, however often the
 * cookie is re-issued.
 */
export function sessionEndsAt(token: SessionTokenClaims, lifetimeSeconds: number): number {
  return token.auth_time + lifetimeSeconds;
}

/**
 * The same session with a fresh idle expiry (encode sets iat, exp and jti anew), capped at the absolute lifetime;
 * null once that is reached. Returns the cookie's max age too.
 */
export async function reissueSessionToken(
  token: JWT & SessionTokenClaims,
  secret: string,
  lifetimeSeconds: number,
  now = nowSeconds(),
): Promise<{ value: string; maxAge: number } | null> {
  const maxAge = Math.min(SESSION_MAX_AGE_SECONDS, sessionEndsAt(token, lifetimeSeconds) - now);
  if (maxAge <= 0) return null;
  const { sub, name, email, sid, sv, auth_time } = token;
  return { value: await encode({ token: { sub, name, email, sid, sv, auth_time }, secret, maxAge }), maxAge };
}

export function isDueForRefresh(token: JWT, now = nowSeconds()): boolean {
  const issuedAt = typeof token.iat === "number" ? token.iat : 0;
  return now - issuedAt >= SESSION_REFRESH_AFTER_SECONDS;
}
