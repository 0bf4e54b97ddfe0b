import { serverEnv } from "../../env";

/**
 * This site's origin as the browser sees it: NEXTAUTH_URL's when set, else the forwarded protocol and host (filled
 * by Next from the socket; believed from a proxy only when TRUSTED_PROXIES lists it).
 */
export function requestOrigin(headers: Headers): string {
  const { publicUrl } = serverEnv();
  if (publicUrl) return new URL(publicUrl).origin;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return "http://localhost";
  }
}
