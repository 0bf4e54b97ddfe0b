/** Who may do what. Each role includes everything the roles after it may do. */
export const ROLES = ["admin", "supervisor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 1, supervisor: 2, admin: 3 };

/** True when `role` is at least `required` (admin ⊇ supervisor ⊇ viewer). */
export function hasRole(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}
