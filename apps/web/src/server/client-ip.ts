/**
 * The caller's address for rate limits and the audit trail. Next fills X-Forwarded-For from the socket when no
 * proxy in front set it; behind a reverse proxy, that proxy must overwrite (not append to) the header.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(",")[0]?.trim() || "unknown";
}
