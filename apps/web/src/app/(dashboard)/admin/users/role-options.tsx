import { type Role, ROLES } from "@antdash/api";

/** The role menus list the least access first (the API's list starts with admin), so a slip grants less. */
const MENU_ORDER: readonly Role[] = [...ROLES].reverse();

/** The <option>s of a role <select>, in the viewer's language. */
export function RoleOptions({ roleNames }: { roleNames: Record<Role, string> }) {
  return MENU_ORDER.map((role) => (
    <option key={role} value={role}>
      {roleNames[role]}
    </option>
  ));
}
