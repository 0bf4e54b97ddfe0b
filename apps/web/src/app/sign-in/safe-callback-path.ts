/** Where to go after signing in: a path on this site only (never another origin, never "//host"). */
export function safeCallbackPath(value: string | undefined): string {
  if (!value) return "/";
  let path = value;
  try {
    // next-auth hands absolute URLs of this site; keep only their path.
    if (/^https?:\/\//i.test(value)) {
      const url = new URL(value);
      path = `${url.pathname}${url.search}`;
    }
  } catch {
    return "/";
  }
  if (
    !path.startsWith("/") ||
    path.startsWith("//") ||
    path.startsWith("/\\") ||
    path.startsWith("/sign-in")
  ) {
    return "/";
  }
  return path;
}
