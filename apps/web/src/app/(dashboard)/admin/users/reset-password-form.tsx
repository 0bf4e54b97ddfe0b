"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import controls from "~/components/controls.module.css";
import dialog from "~/components/dialog.module.css";
import section from "~/components/section.module.css";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import type { Notice, User } from "./use-user-changes";
import { passwordProblem, refusalMessage } from "./user-input";

/** A new password for one user, checked for length here before the API checks it again. */
export function ResetPasswordForm({
  user,
  passwordMinLength,
  onDone,
  messages: m,
}: {
  user: User;
  passwordMinLength: number;
  onDone: (notice: Notice) => void;
  messages: Messages["admin"]["users"];
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
    <form className={dialog.body} onSubmit={submit} noValidate>
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
        <small id={`${id}-help`} className={tooShort ? "form-error" : section.help}>
          {tooShort ? `${m.passwordShort} ` : ""}
          {m.passwordMin} {passwordMinLength}
        </small>
      </div>
      {save.isError && (
        <p className="form-error" role="alert">
          {refusalMessage(save.error, m)}
        </p>
      )}
      <div className={dialog.actions}>
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
