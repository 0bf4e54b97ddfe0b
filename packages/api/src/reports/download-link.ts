import { createHmac, timingSafeEqual } from "node:crypto";

/** What a signed download link lets its holder fetch: one report's call list for one range, until `expires`. */
export interface DownloadGrant {
  reportId: string;
  from: string;
  to: string;
  format: "csv" | "xlsx";
  /** Unix milliseconds. */
  expires: number;
}

const mac = (payload: string, secret: string) =>
  createHmac("sha256", secret).update(payload).digest("base64url");

/** A token "<payload>.<hmac>": the grant in base64url JSON, signed with the server's secret (never in the link). */
export function signDownload(grant: DownloadGrant, secret: string): string {
  const payload = Buffer.from(JSON.stringify(grant)).toString("base64url");
  return `${payload}.${mac(payload, secret)}`;
}

/** The grant when the token is authentic and not expired, else null. */
export function verifyDownload(token: string, secret: string, now = Date.now()): DownloadGrant | null {
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const grant = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as DownloadGrant;
    return typeof grant.expires === "number" && grant.expires > now ? grant : null;
  } catch {
    return null;
  }
}
