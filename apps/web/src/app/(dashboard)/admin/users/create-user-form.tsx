"use client";

import type { Role } from "@antdash/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ComponentProps, type FormEvent, useId, useState } from "react";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { RoleOptions } from "./role-options";
import { newUserProblems, refusalMessage } from "./user-input";
import forms from "~/components/form.module.css";
import { SubmitRow } from "~/components/submit-row";
import section from "~/components/section.module.css";

const EMPTY = { email: "", name: "", role: "viewer" as Role, password: "" };

/** Admins add a user: email, name, role and a first password (the policy's minimum length is shown). */
export function CreateUserForm({
  passwordMinLength,
  roleNames,
  messages: m,
}: {
  passwordMinLength: number;
  roleNames: Record<Role, string>;
  messages: Messages["admin"]["users"];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [draft, setDraft] = useState(EMPTY);
  const [problems, setProblems] = useState<ReturnType<typeof newUserProblems>>({});
  const create = useMutation(
    trpc.admin.createUser.mutationOptions({
      onSuccess: () => {
        setDraft(EMPTY);
        void queryClient.invalidateQueries({ queryKey: trpc.admin.listUsers.queryKey() });
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = newUserProblems(draft, passwordMinLength);
    setProblems(found);
    if (Object.keys(found).length === 0)
      create.mutate({ ...draft, email: draft.email.trim(), name: draft.name.trim() });
  };
  const field = (key: "email" | "name" | "password", label: string, input: ComponentProps<"input">) => {
    const problem = problems[key];
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <input
          id={`${id}-${key}`}
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          aria-invalid={problem ? true : undefined}
          aria-describedby={
            problem ? `${id}-${key}-problem` : key === "password" ? `${id}-password-help` : undefined
          }
          required
          {...input}
        />
        {key === "password" && !problem && (
          <small id={`${id}-password-help`} className={section.help}>
            {m.passwordMin} {passwordMinLength}
          </small>
        )}
        {problem && (
          <small id={`${id}-${key}-problem`} className="form-error">
            {m[problem]}
          </small>
        )}
      </div>
    );
  };

  return (
    <form className={forms.form} onSubmit={submit} noValidate>
      {field("email", m.email, { type: "email", autoComplete: "off" })}
      {field("name", m.name, { type: "text", autoComplete: "off" })}
      <div className="field">
        <label htmlFor={`${id}-role`}>{m.role}</label>
        <select
          id={`${id}-role`}
          value={draft.role}
          onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}
        >
          <RoleOptions roleNames={roleNames} />
        </select>
      </div>
      {field("password", m.password, {
        type: "password",
        autoComplete: "new-password",
        minLength: passwordMinLength,
      })}
      <SubmitRow
        pending={create.isPending}
        label={m.create}
        pendingLabel={m.creating}
        error={create.isError && refusalMessage(create.error, m)}
        success={create.isSuccess && `${m.created}: ${create.data.email}`}
      />
    </form>
  );
}
