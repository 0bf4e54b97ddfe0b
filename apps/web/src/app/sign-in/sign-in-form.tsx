"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { Messages } from "~/i18n/messages";
import { SIGN_IN_ERROR } from "~/lib/sign-in-errors";

export function SignInForm({
  messages: m,
  callbackPath,
}: {
  messages: Messages["signIn"];
  callbackPath: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: (form.get("email") as string | null) ?? "",
        password: (form.get("password") as string | null) ?? "",
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace(callbackPath);
        router.refresh();
        return;
      }
      setError(
        result?.error === SIGN_IN_ERROR.rateLimited
          ? m.rateLimited
          : result?.error === SIGN_IN_ERROR.invalidCredentials
            ? m.invalidCredentials
            : m.failed,
      );
    } catch {
      setError(m.failed);
    }
    setPending(false);
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="sign-in__form" noValidate={false}>
      <div className="field">
        <label htmlFor="email">{m.email}</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">{m.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      {error && (
        <p className="form-error" role="alert" data-testid="sign-in-error">
          {error}
        </p>
      )}
      <button className="button-primary" type="submit" disabled={pending}>
        {pending ? m.submitting : m.submit}
      </button>
    </form>
  );
}
