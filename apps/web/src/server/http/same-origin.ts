/** Methods that never change state; everything else must come from our own pages. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * Cross-site request forgery guard for state-changing requests. Browsers send Origin on every POST; it must name
 * this origin, scheme and host (NEXTAUTH_URL's when set; else the forwarded protocol and host, which Next fills from
 * the socket and only a trusted proxy may set). Without Origin, a browser's Sec-Fetch-Site must not say cross-site;
 * a request with neither header does not come from a browser page, so it carries no ambient-cookie risk.
 */
export function isSameOriginRequest(headers: Headers, publicUrl: string | undefined): boolean {
  const expected = publicUrl ? new URL(publicUrl) : null;
  const expectedHost = expected?.host ?? headers.get("x-forwarded-host") ?? headers.get("host");
  const forwardedProto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const expectedScheme = expected?.protocol ?? (forwardedProto ? `${forwardedProto}:` : null);
  const origin = headers.get("origin");
  if (origin !== null) {
    if (!expectedHost) return false;
    try {
      const url = new URL(origin);
      return url.host === expectedHost && (expectedScheme === null || url.protocol === expectedScheme);
    } catch {
      return false; // "null" (sandboxed frames, some redirects) or garbage
    }
  }
  const site = headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}
