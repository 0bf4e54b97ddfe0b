import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import {
  isDueForRefresh,
  isSecureRequest,
  readSessionToken,
  reissueSessionToken,
  SESSION_MAX_AGE_SECONDS,
  SESSION_REFRESH_AFTER_SECONDS,
  sessionClaimsOf,
  sessionCookieName,
} from "./session-cookie";

const SECRET = "test-secret-of-enough-length-0123456789";
const LIFETIME = 7 * 24 * 3600;
const now = () => Math.floor(Date.now() / 1000);
const identity = () => ({
  sub: "user-1",
  name: "Lan",
  email: "lan@example.com",
  sid: "s-1",
  sv: 3,
  auth_time: now(),
});

describe("session cookie", () => {
  it("reads a token signed with our secret and refuses others", async () => {
    const cookie = await encode({ token: identity(), secret: SECRET, maxAge: 60 });
    const token = await readSessionToken(cookie, SECRET, LIFETIME);
    expect(sessionClaimsOf(token!)).toEqual({ userId: "user-1", sessionId: "s-1", version: 3 });
    expect(await readSessionToken(cookie, "another-secret-of-enough-length-987654", LIFETIME)).toBeNull();
    expect(await readSessionToken(`${cookie.slice(0, -4)}AAAA`, SECRET, LIFETIME)).toBeNull();
    expect(await readSessionToken(undefined, SECRET, LIFETIME)).toBeNull();
  });

  it("refuses an expired token, and one without a session id and version (issued before sessions could end)", async () => {
    // Beyond jose's 15 s clock tolerance.
    const expired = await encode({ token: identity(), secret: SECRET, maxAge: -60 });
    expect(await readSessionToken(expired, SECRET, LIFETIME)).toBeNull();
    const legacy = await encode({ token: { sub: "user-1" }, secret: SECRET, maxAge: 60 });
    expect(await readSessionToken(legacy, SECRET, LIFETIME)).toBeNull();
  });

  it("ends a session at its absolute lifetime, however active", async () => {
    const signedIn = { ...identity(), auth_time: now() - LIFETIME + 100 };
    const cookie = await encode({ token: signedIn, secret: SECRET, maxAge: 60 });
    const token = await readSessionToken(cookie, SECRET, LIFETIME);
    expect(token).not.toBeNull();
    // Re-issued, it expires with the lifetime (100 s left), not 8 hours later.
    const renewed = await reissueSessionToken(token!, SECRET, LIFETIME);
    expect(renewed!.maxAge).toBeLessThanOrEqual(100);
    expect(await readSessionToken(cookie, SECRET, LIFETIME, now() + 101)).toBeNull();
    expect(await reissueSessionToken(token!, SECRET, LIFETIME, now() + 101)).toBeNull();
  });

  it("re-issues the same session with a fresh 8-hour expiry", async () => {
    const old = await readSessionToken(
      await encode({ token: identity(), secret: SECRET, maxAge: 60 }),
      SECRET,
      LIFETIME,
    );
    const renewed = await reissueSessionToken(old!, SECRET, LIFETIME);
    expect(renewed!.maxAge).toBe(SESSION_MAX_AGE_SECONDS);
    const token = await readSessionToken(renewed!.value, SECRET, LIFETIME);
    expect(token).toMatchObject({ sub: "user-1", sid: "s-1", sv: 3, auth_time: old!.auth_time });
    expect(token!.exp).toBeGreaterThanOrEqual(now() + SESSION_MAX_AGE_SECONDS - 5);
    expect(token!.jti).not.toBe(old!.jti);
  });

  it("is due for refresh only once it is a few minutes old", () => {
    const t = 1_800_000_000;
    expect(isDueForRefresh({ iat: t - 10 }, t)).toBe(false);
    expect(isDueForRefresh({ iat: t - SESSION_REFRESH_AFTER_SECONDS }, t)).toBe(true);
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
