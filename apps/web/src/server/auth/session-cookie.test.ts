import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import {
  isDueForRefresh,
  isSecureRequest,
  readSessionToken,
  reissueSessionToken,
  SESSION_MAX_AGE_SECONDS,
  SESSION_REFRESH_AFTER_SECONDS,
  sessionCookieName,
} from "./session-cookie";

const SECRET = "test-secret-of-enough-length-0123456789";
const identity = { sub: "user-1", name: "Lan", email: "lan@example.com" };

describe("session cookie", () => {
  it("reads a token signed with our secret and refuses others", async () => {
    const cookie = await encode({ token: identity, secret: SECRET, maxAge: 60 });
    expect((await readSessionToken(cookie, SECRET))?.sub).toBe("user-1");
    expect(await readSessionToken(cookie, "another-secret-of-enough-length-987654")).toBeNull();
    expect(await readSessionToken(`${cookie.slice(0, -4)}AAAA`, SECRET)).toBeNull();
    expect(await readSessionToken(undefined, SECRET)).toBeNull();
  });

  it("refuses an expired token", async () => {
    // Beyond jose's 15 s clock tolerance.
    const cookie = await encode({ token: identity, secret: SECRET, maxAge: -60 });
    expect(await readSessionToken(cookie, SECRET)).toBeNull();
  });

  it("re-issues the same identity with a fresh 8-hour expiry", async () => {
    const old = await readSessionToken(await encode({ token: identity, secret: SECRET, maxAge: 60 }), SECRET);
    const renewed = await readSessionToken(await reissueSessionToken(old!, SECRET), SECRET);
    expect(renewed).toMatchObject(identity);
    const now = Math.floor(Date.now() / 1000);
    expect(renewed!.exp).toBeGreaterThanOrEqual(now + SESSION_MAX_AGE_SECONDS - 5);
    expect(renewed!.jti).not.toBe(old!.jti);
  });

  it("is due for refresh only once it is a few minutes old", () => {
    const now = 1_800_000_000;
    expect(isDueForRefresh({ iat: now - 10 }, now)).toBe(false);
    expect(isDueForRefresh({ iat: now - SESSION_REFRESH_AFTER_SECONDS }, now)).toBe(true);
  });

  it("uses the __Secure- cookie over https, decided by NEXTAUTH_URL when set", () => {
    expect(sessionCookieName(true)).toBe("__Secure-next-auth.session-token");
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "https" }), undefined)).toBe(true);
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "http" }), undefined)).toBe(false);
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "http" }), "https://calls.example.com")).toBe(
      true,
    );
  });
});
