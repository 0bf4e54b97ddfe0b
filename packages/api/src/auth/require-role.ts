import type { SessionUser } from "../context";
import { AccessDeniedError } from "../errors";
import { hasRole, type Role } from "./roles";

/**
 * For domain functions reached outside tRPC (the web app's recording and export routes): returns the user when
 * they hold `role`, else throws AccessDeniedError (unauthenticated: 401, forbidden: 403).
 */
export function requireRole(user: SessionUser | null, role: Role): SessionUser {
  if (!user) throw new AccessDeniedError("unauthenticated");
  if (!hasRole(user.role, role)) throw new AccessDeniedError("forbidden", `This needs the ${role} role.`);
  return user;
}
