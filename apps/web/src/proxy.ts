import { type NextRequest, NextResponse } from "next/server";
import { authSecret, isDevelopment, serverEnv } from "./env";
import {
  isDueForRefresh,
  isSecureRequest,
  readSessionToken,
  reissueSessionToken,
  SESSION_MAX_AGE_SECONDS,
  sessionCookieName,
} from "./server/auth/session-cookie";
import { contentSecurityPolicy, newNonce } from "./server/http/content-security-policy";
import { isSameOriginRequest, isStateChanging } from "./server/http/same-origin";

/**
 * Runs before every route: refuses cross-site state changes, sets the per-request CSP nonce, and keeps an active
 * session alive (rolling 8 h expiry).
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const { publicUrl } = serverEnv();
  if (isStateChanging(request.method) && !isSameOriginRequest(request.headers, publicUrl)) {
    return Response.json({ error: "FORBIDDEN", message: "Cross-site request refused." }, { status: 403 });
  }
  const secure = isSecureRequest(request.headers, publicUrl);
  const path = request.nextUrl.pathname;
  const csp = contentSecurityPolicy({
    nonce: newNonce(),
    frameAncestors: path === "/tv" || path.startsWith("/tv/") ? "'self'" : "'none'",
    development: isDevelopment(),
    https: secure,
  });
  // Next reads the nonce from the request's CSP header and puts it on every script it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // next-auth's own routes set (or clear, on sign-out) the cookie themselves.
  if (!path.startsWith("/api/auth/")) await refreshSessionCookie(request, response, secure);
  return response;
}

async function refreshSessionCookie(
  request: NextRequest,
  response: NextResponse,
  secure: boolean,
): Promise<void> {
  const name = sessionCookieName(secure);
  const secret = authSecret();
  const token = await readSessionToken(request.cookies.get(name)?.value, secret);
  if (!token || !isDueForRefresh(token)) return;
  response.cookies.set(name, await reissueSessionToken(token, secret), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
