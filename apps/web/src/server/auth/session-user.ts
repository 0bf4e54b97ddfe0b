import type { SessionClaims } from "@antdash/api";
import { authSecret, serverEnv } from "../../env";
import { isSecureRequest, readSessionToken, sessionClaimsOf, sessionCookieName } from "./session-cookie";

/** Reads a cookie by name: NextRequest.cookies and next/headers' cookies() both fit. */
export interface CookieReader {
  get(name: string): { value: string } | undefined;
}

/**
 * What the session cookie names (user, session, session version), or null without a valid one within the absolute
 * lifetime. The API checks it against the database on every request (revoked, signed out, user disabled...).
 */
export async function sessionClaims(request: {
  headers: Headers;
  cookies: CookieReader;
}): Promise<SessionClaims | null> {
  const env = serverEnv();
  const secure = isSecureRequest(request.headers, env.publicUrl);
  const cookie = request.cookies.get(sessionCookieName(secure))?.value;
  const token = await readSessionToken(cookie, authSecret(), env.sessionLifetimeSeconds);
  return token ? sessionClaimsOf(token) : null;
}
