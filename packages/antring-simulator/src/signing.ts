import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Constant-time comparison of two strings (hashes are compared case-insensitively as hex). */
export function sameSecretText(expected: string, provided: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(provided, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

export function hashMatches(expectedHex: string, provided: string | undefined): boolean {
  return provided !== undefined && sameSecretText(expectedHex, provided.toLowerCase());
}

/**
 * Signs recording URLs the way S3 query-string authentication looks (AWSAccessKeyId, Expires,
 * Signature = base64 HMAC-SHA1), keyed by a value derived from the app secret.
 */
export class RecordingUrlSigner {
  static readonly ACCESS_KEY_ID = "SIM";
  private readonly key: Buffer;

  constructor(appSecret: string) {
    this.key = createHash("sha256").update(`nkrecord-signing:${appSecret}`).digest();
  }

  signature(media: string, expiresSec: number): string {
    return createHmac("sha1", this.key).update(`GET\n\n\n${expiresSec}\n/nkrecord/${media}`).digest("base64");
  }

  query(media: string, expiresSec: number): string {
    const signature = encodeURIComponent(this.signature(media, expiresSec));
    return `AWSAccessKeyId=${RecordingUrlSigner.ACCESS_KEY_ID}&Expires=${expiresSec}&Signature=${signature}`;
  }

  verify(media: string, expiresSec: number, signature: string): boolean {
    return sameSecretText(this.signature(media, expiresSec), signature);
  }
}
