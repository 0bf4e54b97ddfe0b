import { type NextRequest, NextResponse } from "next/server";
import { authSecret, isDevelopment, serverEnv } from "./env";
import {
  isDueForRefresh,
  isSecureRequest,
  readSessionToken,
  reissueSessionToken,
  sessionCookieName,
} from "./server/auth/session-cookie";
import { contentSecurityPolicy, newNonce } from "./server/http/content-security-policy";
import { isSameOriginRequest, isStateChanging } from "./server/http/same-origin";

/** Browsers keep to https for a year once they saw this over https. */
const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/**
 * Runs before every route: refuses cross-site state changes, sets the per-request CSP nonce (and HSTS over https),
 * and keeps an active session alive (rolling 8 h expiry, never beyond the absolute lifetime).
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const { publicUrl } = serverEnv();
  // A path Next cannot decode (invalid UTF-8 such as /tv/%FF) would fail deep inside routing with a 500.
  if (!isDecodablePath(request.nextUrl.pathname)) {
    return Response.json({ error: "BAD_REQUEST", message: "path: not valid UTF-8." }, { status: 400 });
  }
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
  if (secure) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  // next-auth's own routes set (or clear, on sign-out) the cookie themselves.
  if (!path.startsWith("/api/auth/")) await refreshSessionCookie(request, response, secure);
  return response;
}

function isDecodablePath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

async function refreshSessionCookie(
  request: NextRequest,
  response: NextResponse,
  secure: boolean,
): Promise<void> {
  const name = sessionCookieName(secure);
  const secret = authSecret();
  const lifetime = serverEnv().sessionLifetimeSeconds;
  const token = await readSessionToken(request.cookies.get(name)?.value, secret, lifetime);
  if (!token || !isDueForRefresh(token)) return;
  const renewed = await reissueSessionToken(token, secret, lifetime);
  if (!renewed) return;
  response.cookies.set(name, renewed.value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge: renewed.maxAge,
  });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
