import type { Role } from "@antdash/api";

/**
 * The role menus list the least access first, so a slip grants less. (The browser cannot import the API's list of
 * roles: its entry holds server code; the type keeps this list to the API's roles.)
 */
const MENU_ORDER: readonly Role[] = ["viewer", "supervisor", "admin"];

/** The <option>s of a role <select>, in the viewer's language. */
export function RoleOptions({ roleNames }: { roleNames: Record<Role, string> }) {
  return MENU_ORDER.map((role) => (
    <option key={role} value={role}>
      {roleNames[role]}
    </option>
  ));
}
