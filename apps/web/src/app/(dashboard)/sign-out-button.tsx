"use client";

import { useState } from "react";

/**
 * Signs out through next-auth's own endpoints (CSRF token, then POST), as next-auth/react's signOut does, without
 * shipping that client library to every dashboard page. `everywhere` first ends every session of the user on the
 * server (auth.signOutEverywhere), on other devices too.
 */
async function signOut(everywhere: boolean): Promise<void> {
  if (everywhere) {
    await fetch("/api/trpc/auth.signOutEverywhere", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
  }
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/sign-in", json: "true" }),
  });
  window.location.href = "/sign-in";
}

export function SignOutButton({ label, everywhere = false }: { label: string; everywhere?: boolean }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="link"
      data-testid={everywhere ? "sign-out-everywhere" : "sign-out"}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        // Whatever happens, the sign-in page is where this ends (it sends a still-signed-in user back).
        signOut(everywhere).catch(() => (window.location.href = "/sign-in"));
      }}
    >
      {label}
    </button>
  );
}
