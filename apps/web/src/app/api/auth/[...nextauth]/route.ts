import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { trustRequestHostWithoutPublicUrl } from "~/env";
import { authOptions } from "~/server/auth/auth-options";

interface NextAuthRouteContext {
  params: Promise<{ nextauth: string[] }>;
}

async function handler(request: NextRequest, context: NextAuthRouteContext): Promise<Response> {
  trustRequestHostWithoutPublicUrl();
  return (await NextAuth(request, context, authOptions())) as Response;
}

export { handler as GET, handler as POST };
