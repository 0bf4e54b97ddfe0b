"use client";

import type { Role } from "@antdash/api";
import controls from "~/components/controls.module.css";
import dialog from "~/components/dialog.module.css";
import type { Messages } from "~/i18n/messages";
import type { User } from "./use-user-changes";
import styles from "./users.module.css";

/** What deleting a user asks before it happens (and warns when it is yourself: your session ends). */
export function DeleteUserConfirm({
  user,
  isYou,
  roleNames,
  pending,
  onCancel,
  onConfirm,
  messages: m,
}: {
  user: User;
  isYou: boolean;
  roleNames: Record<Role, string>;
  pending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  messages: Messages["admin"]["users"];
}) {
  return (
    <div className={dialog.body}>
      <p>
        {user.email} · {roleNames[user.role]}
      </p>
      <p>{m.deleteConfirm}</p>
      {isYou && <p className="form-error">{m.deleteSelf}</p>}
      <div className={dialog.actions}>
        <button type="button" className={controls.button} onClick={onCancel}>
          {m.cancel}
        </button>
        <button
          type="button"
          className={`${controls.button} ${styles.dangerSolid}`}
          disabled={pending}
          onClick={onConfirm}
        >
          {pending ? m.deleting : m.confirmDelete}
        </button>
      </div>
    </div>
  );
}
