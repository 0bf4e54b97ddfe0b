import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { trustRequestHostWithoutPublicUrl } from "~/env";
import { authOptions } from "~/server/auth/auth-options";
import { BODY_LIMITS, withBodyLimit } from "~/server/http/body-limit";

interface NextAuthRouteContext {
  params: Promise<{ nextauth: string[] }>;
}

async function handler(request: NextRequest, context: NextAuthRouteContext): Promise<Response> {
  trustRequestHostWithoutPublicUrl();
  // A sign-in form is small; nobody posts more to next-auth before parsing.
  const limited = await withBodyLimit(request, BODY_LIMITS.anonymous);
  if (limited instanceof Response) return limited;
  return (await NextAuth(limited, context, authOptions())) as Response;
}

export { handler as GET, handler as POST };
