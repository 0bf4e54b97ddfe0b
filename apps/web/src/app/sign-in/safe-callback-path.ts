/**
 * Where to go after signing in: a path on this site only. The value is parsed the way a browser will read it
 * (`new URL(value, origin)`: tabs and line breaks dropped, backslashes read as slashes) and kept only when it lands
 * on `origin`, so "/\t/evil.example" cannot become "//evil.example" on the way. The result is the URL's serialized
 * path, query and fragment: safe for a Location header. Anything else, or sign-in itself, gives "/".
 */
export function safeCallbackPath(value: string | undefined, origin: string): string {
  if (!value) return "/";
  // A path of this site, or an absolute URL of it (next-auth hands those); never a relative "evil.example/x".
  if (!value.startsWith("/") && !/^https?:\/\//i.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, origin);
    if (url.origin !== new URL(origin).origin) return "/";
  } catch {
    return "/";
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (
    path.startsWith("//") ||
    path === "/sign-in" ||
    path.startsWith("/sign-in/") ||
    path.startsWith("/sign-in?")
  ) {
    return "/";
  }
  return path;
}
