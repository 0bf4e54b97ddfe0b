import { authSecret, serverEnv } from "../../env";
import { isSecureRequest, readSessionToken, sessionCookieName } from "./session-cookie";

/** Reads a cookie by name: NextRequest.cookies and next/headers' cookies() both fit. */
export interface CookieReader {
  get(name: string): { value: string } | undefined;
}

/**
 * Who the session cookie says signed in, or null without a valid, unexpired one. Only an id: the API loads the
 * user (role, disabled or not) from the database on every request.
 */
export async function sessionUserId(request: {
  headers: Headers;
  cookies: CookieReader;
}): Promise<string | null> {
  const secure = isSecureRequest(request.headers, serverEnv().publicUrl);
  const token = await readSessionToken(request.cookies.get(sessionCookieName(secure))?.value, authSecret());
  return token?.sub ?? null;
}
