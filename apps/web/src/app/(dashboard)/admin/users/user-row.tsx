"use client";

import type { Role } from "@antdash/api";
import controls from "~/components/controls.module.css";
import table from "~/components/table.module.css";
import { formatInstant } from "~/format/date-time";
import type { TimeDisplay } from "~/lib/view-props";
import type { Messages } from "~/i18n/messages";
import { RoleOptions } from "./role-options";
import type { User } from "./use-user-changes";
import styles from "./users.module.css";

/** One user: name and e-mail, the role menu, status, last sign-in, and the buttons of the per-user actions. */
export function UserRow({
  user,
  isYou,
  shownRole,
  busy,
  roleNames,
  timeZone,
  locale,
  onChange,
  onResetPassword,
  onDelete,
  messages: m,
}: TimeDisplay & {
  user: User;
  isYou: boolean;
  /** The role the menu shows: the one being saved while its change is pending. */
  shownRole: Role;
  busy: boolean;
  roleNames: Record<Role, string>;
  onChange: (input: { id: string; role?: Role; disabled?: boolean }) => void;
  onResetPassword: () => void;
  onDelete: () => void;
  messages: Messages["admin"]["users"];
}) {
  const named = <span className="visually-hidden"> {user.name}</span>;
  return (
    <tr data-testid="user-row" data-email={user.email}>
      <th scope="row" className={styles.person}>
        {user.name}
        {isYou && <span className={styles.badge}>{m.you}</span>}
        <span className={styles.email}>{user.email}</span>
      </th>
      <td>
        <select
          className={controls.select}
          aria-label={`${m.roleOf} ${user.name}`}
          value={shownRole}
          disabled={busy}
          onChange={(e) => onChange({ id: user.id, role: e.target.value as Role })}
        >
          <RoleOptions roleNames={roleNames} />
        </select>
      </td>
      <td>{user.disabled ? <span className={styles.disabled}>{m.disabled}</span> : m.active}</td>
      <td className={table.nowrap}>
        {user.lastLoginAt ? formatInstant(user.lastLoginAt, timeZone, locale) : m.never}
      </td>
      <td>
        <div className={table.actions}>
          <button type="button" className={controls.button} onClick={onResetPassword}>
            {m.resetPassword}
            {named}
          </button>
          <button
            type="button"
            className={controls.button}
            disabled={busy}
            onClick={() => onChange({ id: user.id, disabled: !user.disabled })}
          >
            {user.disabled ? m.enable : m.disable}
            {named}
          </button>
          <button type="button" className={`${controls.button} ${controls.danger}`} onClick={onDelete}>
            {m.delete}
            {named}
          </button>
        </div>
      </td>
    </tr>
  );
}
