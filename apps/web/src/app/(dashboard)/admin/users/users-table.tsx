"use client";

import type { Role } from "@antdash/api";
import { useState } from "react";
import { DataTable } from "~/components/data-table";
import { Dialog } from "~/components/dialog";
import section from "~/components/section.module.css";
import type { ViewProps } from "~/lib/view-props";
import type { Messages } from "~/i18n/messages";
import { DeleteUserConfirm } from "./delete-user-confirm";
import { ResetPasswordForm } from "./reset-password-form";
import { type User, useUserChanges } from "./use-user-changes";
import { UserRow } from "./user-row";
import styles from "./users.module.css";

/** What the users page gives its list: who is signed in, the password rule, the words and how to show times. */
export interface UsersPageProps extends ViewProps<Messages["admin"]["users"]> {
  currentUserId: string;
  passwordMinLength: number;
  roleNames: Record<Role, string>;
}

/** Every user with their role (changeable in place), status and last sign-in, and the per-user actions. */
export function UsersTable({
  users,
  currentUserId,
  passwordMinLength,
  roleNames,
  timeZone,
  locale,
  messages: m,
}: { users: User[] } & UsersPageProps) {
  const [resetting, setResetting] = useState<User | null>(null);
  const [deleting, setDeleting] = useState<User | null>(null);
  const { notice, setNotice, update, change, remove } = useUserChanges({
    currentUserId,
    onDeleted: () => setDeleting(null),
    m,
  });
  const pendingRole = update.isPending ? update.variables : undefined;

  return (
    <>
      <div className={styles.notice} aria-live="polite">
        {notice && (
          <p className={notice.ok ? section.ok : "form-error"} role={notice.ok ? "status" : "alert"}>
            {notice.text}
          </p>
        )}
      </div>
      <DataTable
        label={m.listHeading}
        middle
        columns={[
          `${m.columns.name} · ${m.columns.email}`,
          m.columns.role,
          m.columns.status,
          m.columns.lastLogin,
          m.columns.actions,
        ]}
      >
        {users.map((user) => (
          <UserRow
            key={user.id}
            user={user}
            isYou={user.id === currentUserId}
            shownRole={pendingRole?.id === user.id ? (pendingRole.role ?? user.role) : user.role}
            busy={update.isPending}
            roleNames={roleNames}
            timeZone={timeZone}
            locale={locale}
            onChange={change}
            onResetPassword={() => setResetting(user)}
            onDelete={() => setDeleting(user)}
            messages={m}
          />
        ))}
      </DataTable>

      <Dialog
        open={resetting !== null}
        title={`${m.resetFor} ${resetting?.name ?? ""}`}
        onClose={() => setResetting(null)}
      >
        {resetting && (
          <ResetPasswordForm
            user={resetting}
            passwordMinLength={passwordMinLength}
            onDone={(text) => {
              setResetting(null);
              setNotice(text);
            }}
            messages={m}
          />
        )}
      </Dialog>

      <Dialog
        open={deleting !== null}
        title={`${m.deleteTitle}: ${deleting?.name ?? ""}`}
        onClose={() => setDeleting(null)}
      >
        {deleting && (
          <DeleteUserConfirm
            user={deleting}
            isYou={deleting.id === currentUserId}
            roleNames={roleNames}
            pending={remove.isPending}
            onCancel={() => setDeleting(null)}
            onConfirm={() => remove.mutate({ id: deleting.id })}
            messages={m}
          />
        )}
      </Dialog>
    </>
  );
}
