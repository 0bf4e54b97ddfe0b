import type { ApiContext, SessionUser } from "@antdash/api";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { createRequestApiContext } from "./api-context";

/** The API context of the request a server component renders (built once per render). */
export const getRequestApiContext = cache(async (): Promise<ApiContext> => {
  return createRequestApiContext({ headers: await headers(), cookies: await cookies() });
});

/** The signed-in user, fresh from the database, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  return (await getRequestApiContext()).user;
}
