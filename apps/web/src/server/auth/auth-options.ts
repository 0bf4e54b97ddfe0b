import { randomUUID } from "node:crypto";
import { endSession, LoginRateLimitedError, verifyCredentials } from "@antdash/api";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, serverEnv } from "../../env";
import { SIGN_IN_ERROR } from "../../lib/sign-in-errors";
import { clientIp } from "../client-ip";
import { getDatabase } from "../database";
import { logEvent } from "../log";
import { SESSION_MAX_AGE_SECONDS, sessionEndsAt, type SessionTokenClaims } from "./session-cookie";

/**
 * next-auth: email + password, JWT sessions. The token carries who signed in (sub, name, email), a session id, the
 * user's session version and the sign-in time; the role, whether the account is still active and whether the
 * session was revoked are read from the database on every request, never from the token.
 * Built per request (not at module load) so `next build` needs no secret.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    // next-auth's own logger prints several lines per error; ours writes one JSON line with secrets masked.
    logger: {
      error: (code, metadata) => logEvent("error", `next-auth.${code}`, { metadata }),
      warn: (code) => logEvent("warn", `next-auth.${code}`),
      debug: () => undefined,
    },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const email = credentials?.email ?? "";
          const password = credentials?.password ?? "";
          if (!email || !password) return null;
          const db = await getDatabase();
          try {
            const user = await verifyCredentials(db, { email, password, ip: clientIp(req.headers ?? {}) });
            return user
              ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion }
              : null;
          } catch (error) {
            if (error instanceof LoginRateLimitedError) throw new Error(SIGN_IN_ERROR.rateLimited);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      // At sign-in (`user` present) the session gets its id, version and start; later calls keep them as they are.
      jwt({ token, user }) {
        if (!user) return token;
        const claims: SessionTokenClaims = {
          sid: randomUUID(),
          sv: (user as { sessionVersion?: number }).sessionVersion ?? -1,
          auth_time: Math.floor(Date.now() / 1000),
        };
        return { ...token, ...claims };
      },
      // The browser's session object names the user and nothing else: the UI gets roles from the API.
      session({ session, token }) {
        return { expires: session.expires, user: { name: token.name ?? null, email: token.email ?? null } };
      },
    },
    events: {
      // Signing out ends this session on the server too: its cookie, replayed, is refused.
      async signOut({ token }) {
        const claims = token as Partial<SessionTokenClaims> & { sub?: string };
        if (
          typeof claims.sid !== "string" ||
          typeof claims.sub !== "string" ||
          typeof claims.auth_time !== "number"
        )
          return;
        const endsAt = sessionEndsAt(claims as SessionTokenClaims, serverEnv().sessionLifetimeSeconds);
        try {
          await endSession(await getDatabase(), {
            sessionId: claims.sid,
            userId: claims.sub,
            expiresAt: new Date(endsAt * 1000),
          });
        } catch (error) {
          logEvent("error", "auth.sign_out_failed", { error });
        }
      },
    },
  };
}
