"use client";

import type { Role, RouterOutputs } from "@antdash/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { formatInstant } from "../../sync/timestamp";
import { Dialog } from "./dialog";
import { passwordProblem, refusalMessage } from "./user-input";
import controls from "../../agents/_breakdown/controls.module.css";
import styles from "./users.module.css";

type User = RouterOutputs["admin"]["listUsers"][number];
type M = Messages["admin"]["users"];
const ROLES: readonly Role[] = ["viewer", "supervisor", "admin"];

/** The outcome of the last change, announced once (role="status" or "alert"). */
type Notice = { ok: true; text: string } | { ok: false; text: string } | null;

/** Every user with their role (changeable in place), status and last sign-in, and the per-user actions. */
export function UsersTable({
  users,
  currentUserId,
  passwordMinLength,
  roleNames,
  timeZone,
  locale,
  messages: m,
}: {
  users: User[];
  currentUserId: string;
  passwordMinLength: number;
  roleNames: Record<Role, string>;
  timeZone: string;
  locale: Locale;
  messages: M;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<Notice>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [deleting, setDeleting] = useState<User | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.listUsers.queryKey() });
  const update = useMutation(
    trpc.admin.updateUser.mutationOptions({
      onSuccess: (_user, input) => {
        setNotice({
          ok: true,
          text: input.role !== undefined ? m.roleSaved : input.disabled ? m.disabledSaved : m.enabledSaved,
        });
        void refresh();
      },
      onError: (error) => setNotice({ ok: false, text: refusalMessage(error, m) }),
    }),
  );
  const remove = useMutation(
    trpc.admin.deleteUser.mutationOptions({
      onSuccess: (_result, { id }) => {
        setDeleting(null);
        // Deleting yourself ends your session: the next page is the sign-in.
        if (id === currentUserId) window.location.assign("/sign-in");
        setNotice({ ok: true, text: m.deleted });
        void refresh();
      },
      onError: (error) => {
        setDeleting(null);
        setNotice({ ok: false, text: refusalMessage(error, m) });
      },
    }),
  );
  const pendingRole = update.isPending ? update.variables : undefined;
  const lastLogin = (user: User) =>
    user.lastLoginAt ? formatInstant(user.lastLoginAt, timeZone, locale) : m.never;

  return (
    <>
      <div className={styles.notice} aria-live="polite">
        {notice && (
          <p className={notice.ok ? styles.ok : "form-error"} role={notice.ok ? "status" : "alert"}>
            {notice.text}
          </p>
        )}
      </div>
      <div className={styles.scroller} role="region" aria-label={m.listHeading} tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">
                {m.columns.name} · {m.columns.email}
              </th>
              <th scope="col">{m.columns.role}</th>
              <th scope="col">{m.columns.status}</th>
              <th scope="col">{m.columns.lastLogin}</th>
              <th scope="col">{m.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-testid="user-row" data-email={user.email}>
                <th scope="row">
                  {user.name}
                  {user.id === currentUserId && <span className={styles.badge}>{m.you}</span>}
                  <span className={styles.email}>{user.email}</span>
                </th>
                <td>
                  <select
                    className={styles.select}
                    aria-label={`${m.roleOf} ${user.name}`}
                    value={pendingRole?.id === user.id ? (pendingRole.role ?? user.role) : user.role}
                    disabled={update.isPending}
                    onChange={(e) => {
                      setNotice(null);
                      update.mutate({ id: user.id, role: e.target.value as Role });
                    }}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {roleNames[role]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{user.disabled ? <span className={styles.disabled}>{m.disabled}</span> : m.active}</td>
                <td className={styles.nowrap} suppressHydrationWarning>
                  {lastLogin(user)}
                </td>
                <td>
                  <div className={styles.actions}>
                    <button type="button" className={controls.button} onClick={() => setResetting(user)}>
                      {m.resetPassword}
                      <span className="visually-hidden"> {user.name}</span>
                    </button>
                    <button
                      type="button"
                      className={controls.button}
                      disabled={update.isPending}
                      onClick={() => {
                        setNotice(null);
                        update.mutate({ id: user.id, disabled: !user.disabled });
                      }}
                    >
                      {user.disabled ? m.enable : m.disable}
                      <span className="visually-hidden"> {user.name}</span>
                    </button>
                    <button
                      type="button"
                      className={`${controls.button} ${styles.danger}`}
                      onClick={() => setDeleting(user)}
                    >
                      {m.delete}
                      <span className="visually-hidden"> {user.name}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

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
          <div className={styles.dialogBody}>
            <p>
              {deleting.email} · {roleNames[deleting.role]}
            </p>
            <p>{m.deleteConfirm}</p>
            {deleting.id === currentUserId && <p className="form-error">{m.deleteSelf}</p>}
            <div className={styles.dialogActions}>
              <button type="button" className={controls.button} onClick={() => setDeleting(null)}>
                {m.cancel}
              </button>
              <button
                type="button"
                className={`${controls.button} ${styles.dangerSolid}`}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ id: deleting.id })}
              >
                {remove.isPending ? m.deleting : m.confirmDelete}
              </button>
            </div>
          </div>
        )}
      </Dialog>
    </>
  );
}

function ResetPasswordForm({
  user,
  passwordMinLength,
  onDone,
  messages: m,
}: {
  user: User;
  passwordMinLength: number;
  onDone: (notice: Notice) => void;
  messages: M;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [password, setPassword] = useState("");
  const [tooShort, setTooShort] = useState(false);
  const save = useMutation(
    trpc.admin.setUserPassword.mutationOptions({
      onSuccess: () => onDone({ ok: true, text: m.passwordSaved }),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = passwordProblem(password, passwordMinLength);
    setTooShort(problem !== null);
    if (!problem) save.mutate({ id: user.id, password });
  };
  return (
    <form className={styles.dialogBody} onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-password`}>{m.newPassword}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="new-password"
          minLength={passwordMinLength}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={tooShort || undefined}
          aria-describedby={`${id}-help`}
          autoFocus
          required
        />
        <small id={`${id}-help`} className={tooShort ? "form-error" : styles.help}>
          {tooShort ? `${m.passwordShort} ` : ""}
          {m.passwordMin} {passwordMinLength}
        </small>
      </div>
      {save.isError && (
        <p className="form-error" role="alert">
          {refusalMessage(save.error, m)}
        </p>
      )}
      <div className={styles.dialogActions}>
        <button type="button" className={controls.button} onClick={() => onDone(null)}>
          {m.cancel}
        </button>
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? m.saving : m.save}
        </button>
      </div>
    </form>
  );
}
