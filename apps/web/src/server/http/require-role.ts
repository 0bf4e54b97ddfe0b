import { hasRole, type Role, type SessionUser } from "@antdash/api";
import { forbidden, unauthorized } from "./json-error";

export type RoleCheck = { user: SessionUser; refusal?: undefined } | { user?: undefined; refusal: Response };

/** The user when they hold `required` (or more); otherwise the 401 (anonymous) or 403 response to send. */
export function requireRole(user: SessionUser | null, required: Role): RoleCheck {
  if (!user) return { refusal: unauthorized() };
  if (!hasRole(user.role, required)) return { refusal: forbidden(`This needs the ${required} role.`) };
  return { user };
}
