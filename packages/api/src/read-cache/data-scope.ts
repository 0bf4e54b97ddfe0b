import type { ApiContext } from "../context";

/**
 * Which calls the caller may see, as a cache-key part: a shared result is only ever served to callers of the same
 * scope. Today every signed-in role and every wall display sees every call of the center (roles gate actions, not
 * rows), so there is one scope. A per-user restriction (agents, DIDs) must be named here, or cached results would
 * cross it: cached-query.test.ts checks that two scopes never share an entry.
 */
export function dataScopeOf(ctx: Pick<ApiContext, "user" | "tv">): string {
  void ctx;
  return "all-calls";
}
