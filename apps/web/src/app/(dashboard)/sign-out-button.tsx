"use client";

import { useState } from "react";

/**
 * Signs out through next-auth's own endpoints (CSRF token, then POST), as next-auth/react's signOut does, without
 * shipping that client library to every dashboard page.
 */
async function signOut(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/sign-in", json: "true" }),
  });
  window.location.href = "/sign-in";
}

export function SignOutButton({ label }: { label: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="link"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        // Whatever happens, the sign-in page is where this ends (it sends a still-signed-in user back).
        signOut().catch(() => (window.location.href = "/sign-in"));
      }}
    >
      {label}
    </button>
  );
}
