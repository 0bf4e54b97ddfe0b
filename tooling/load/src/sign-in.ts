/**
 * Signs in through next-auth's credentials flow, as a browser does (CSRF token, then the callback), and returns
 * the Cookie header of the session. Used by the load test and the fresh-clone check.
 */
export async function signInCookie(
  base: string,
  credentials: { email: string; password: string },
): Promise<string> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) cookies.set(name.trim(), value.join("="));
    }
  };
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(), origin: base },
    body: new URLSearchParams({ csrfToken, ...credentials, json: "true" }),
  });
  keep(response);
  if (![...cookies.keys()].some((name) => name.includes("session-token"))) {
    throw new Error(`sign-in as ${credentials.email} failed (HTTP ${response.status})`);
  }
  return header();
}

/** A tRPC query URL (superjson's wire form) for a GET. */
export function trpcQueryUrl(base: string, procedure: string, input: unknown): string {
  return `${base}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

/** Calls a tRPC procedure and returns its data, or throws with the status and the error's message. */
export async function trpcCall<T>(
  base: string,
  cookie: string,
  procedure: string,
  input: unknown,
  kind: "query" | "mutation" = "query",
): Promise<T> {
  const response =
    kind === "query"
      ? await fetch(trpcQueryUrl(base, procedure, input), { headers: { cookie } })
      : await fetch(`${base}/api/trpc/${procedure}`, {
          method: "POST",
          headers: { cookie, origin: base, "content-type": "application/json" },
          body: JSON.stringify({ json: input }),
        });
  const body = (await response.json()) as {
    result?: { data: { json: T } };
    error?: { json: { message: string } };
  };
  if (!response.ok || !body.result) {
    throw new Error(`${procedure}: HTTP ${response.status} ${body.error?.json.message ?? ""}`);
  }
  return body.result.data.json;
}
