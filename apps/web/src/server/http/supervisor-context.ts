import { type ApiContext, requireRole, type SessionUser } from "@antdash/api";
import type { NextRequest } from "next/server";
import { createRequestApiContext } from "../api-context";

/** A route's API context once its user is known to be a supervisor or admin (else it throws AccessDeniedError). */
export async function supervisorContext(
  request: NextRequest,
): Promise<{ ctx: ApiContext; user: SessionUser }> {
  const ctx = await createRequestApiContext({ headers: request.headers, cookies: request.cookies });
  return { ctx, user: requireRole(ctx.user, "supervisor") };
}
