import { LoginRateLimitedError, verifyCredentials } from "@antdash/api";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "../../env";
import { clientIp } from "../client-ip";
import { getDatabase } from "../database";
import { SESSION_MAX_AGE_SECONDS } from "./session-cookie";
import { SIGN_IN_ERROR } from "../../lib/sign-in-errors";

/**
 * next-auth: email + password, JWT sessions. The token carries only who signed in (sub, name, email); the role and
 * whether the account is still active are read from the database on every request, never from the token.
 * Built per request (not at module load) so `next build` needs no secret.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
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
            return user ? { id: user.id, email: user.email, name: user.name } : null;
          } catch (error) {
            if (error instanceof LoginRateLimitedError) throw new Error(SIGN_IN_ERROR.rateLimited);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      // The browser's session object names the user and nothing else: the UI gets roles from the API.
      session({ session, token }) {
        return { expires: session.expires, user: { name: token.name ?? null, email: token.email ?? null } };
      },
    },
  };
}
