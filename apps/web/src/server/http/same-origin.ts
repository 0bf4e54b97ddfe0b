/** Methods that never change state; everything else must come from our own pages. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * Cross-site request forgery guard for state-changing requests. Browsers send Origin on every POST; it must name
 * this host (NEXTAUTH_URL's when set). Without Origin, a browser's Sec-Fetch-Site must not say cross-site; a
 * request with neither header does not come from a browser page, so it carries no ambient-cookie risk.
 */
export function isSameOriginRequest(headers: Headers, publicUrl: string | undefined): boolean {
  const expectedHost = publicUrl
    ? new URL(publicUrl).host
    : (headers.get("x-forwarded-host") ?? headers.get("host"));
  const origin = headers.get("origin");
  if (origin !== null) {
    if (!expectedHost) return false;
    try {
      return new URL(origin).host === expectedHost;
    } catch {
      return false; // "null" (sandboxed frames, some redirects) or garbage
    }
  }
  const site = headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}
