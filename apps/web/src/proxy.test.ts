import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { proxy } from "./proxy";
import { readSessionToken, SESSION_MAX_AGE_SECONDS } from "./server/auth/session-cookie";

const SECRET = "proxy-test-secret-0123456789abcdef";
const COOKIE = "next-auth.session-token";
const ORIGIN = "http://127.0.0.1:3000";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
});
afterEach(() => vi.useRealTimers());

function request(
  path: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): NextRequest {
  return new NextRequest(`${ORIGIN}${path}`, {
    method: init.method ?? "GET",
    headers: { host: "127.0.0.1:3000", ...init.headers },
  });
}

/** A session cookie issued `ageSeconds` ago. */
async function sessionIssuedAgo(ageSeconds: number): Promise<string> {
  vi.useFakeTimers({ now: Date.now() - ageSeconds * 1000 });
  const cookie = await encode({
    token: {
      sub: "user-1",
      email: "a@example.com",
      sid: "s-1",
      sv: 0,
      auth_time: Math.floor(Date.now() / 1000),
    },
    secret: SECRET,
    maxAge: 60 * 60,
  });
  vi.useRealTimers();
  return cookie;
}

function setCookieValue(response: Response): string | undefined {
  const header = response.headers.get("set-cookie") ?? "";
  return new RegExp(`${COOKIE}=([^;]+)`).exec(header)?.[1];
}

describe("proxy", () => {
  it("puts a fresh nonce in the CSP of every response, and hands it to Next in the request", async () => {
    const first = await proxy(request("/"));
    const second = await proxy(request("/"));
    const nonceOf = (r: Response) =>
      /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonceOf(first)).toBeTruthy();
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toContain(
      `'nonce-${nonceOf(first)}'`,
    );
  });

  it("lets only the wallboard be framed, by this origin", async () => {
    const csp = async (path: string) =>
      (await proxy(request(path))).headers.get("content-security-policy") ?? "";
    expect(await csp("/")).toContain("frame-ancestors 'none'");
    expect(await csp("/tv")).toContain("frame-ancestors 'self'");
    expect(await csp("/tvx")).toContain("frame-ancestors 'none'");
  });

  it("refuses a cross-site POST before any route sees it", async () => {
    const refused = await proxy(
      request("/api/trpc/admin.createUser", { method: "POST", headers: { origin: "https://evil.example" } }),
    );
    expect(refused.status).toBe(403);
    const allowed = await proxy(
      request("/api/trpc/admin.createUser", { method: "POST", headers: { origin: ORIGIN } }),
    );
    expect(allowed.status).toBe(200);
  });

  it("re-issues an active session's cookie with a fresh 8-hour expiry (rolling), leaving young ones alone", async () => {
    const old = await sessionIssuedAgo(10 * 60);
    const renewed = await proxy(request("/", { headers: { cookie: `${COOKIE}=${old}` } }));
    const value = setCookieValue(renewed);
    expect(value).toBeTruthy();
    const token = await readSessionToken(value, SECRET, 7 * 24 * 3600);
    expect(token?.sub).toBe("user-1");
    expect(token!.exp).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + SESSION_MAX_AGE_SECONDS - 5);
    expect(renewed.headers.get("set-cookie")).toMatch(/HttpOnly/i);

    const young = await sessionIssuedAgo(30);
    expect(
      setCookieValue(await proxy(request("/", { headers: { cookie: `${COOKIE}=${young}` } }))),
    ).toBeUndefined();
  });

  it("answers 400 naming the path for one that is not valid UTF-8", async () => {
    for (const path of ["/tv/%FF", "/tv/%C3%28", "/api/recordings/%E0%A4%A"]) {
      const response = await proxy(request(path));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: "BAD_REQUEST",
        message: expect.stringMatching(/^path: /),
      });
    }
    expect((await proxy(request("/tv/abc%20def"))).status).toBe(200);
  });

  it("sends Strict-Transport-Security over https only", async () => {
    expect((await proxy(request("/"))).headers.get("strict-transport-security")).toBeNull();
    const secure = await proxy(request("/", { headers: { "x-forwarded-proto": "https" } }));
    expect(secure.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}/);
  });

  it("never revives a session next-auth is ending, nor an invalid one", async () => {
    const old = await sessionIssuedAgo(10 * 60);
    const signOut = request("/api/auth/signout", {
      method: "POST",
      headers: { origin: ORIGIN, cookie: `${COOKIE}=${old}` },
    });
    expect(setCookieValue(await proxy(signOut))).toBeUndefined();
    const forged = request("/", { headers: { cookie: `${COOKIE}=not-a-token` } });
    expect(setCookieValue(await proxy(forged))).toBeUndefined();
  });
});
