/**
 * AntRing request signatures: lowercase hex SHA-256 of the plain concatenation of
 * the values, no separators, secret last. Uses only the WebCrypto global so the
 * package runs outside Node too.
 */

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  let hex = "";
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** Header `x-auth-app-hash` for auth_token and click-to-call: sha256(appId + appSecret). */
export function authHash(appId: string, appSecret: string): Promise<string> {
  return sha256Hex(appId + appSecret);
}

export interface HistoriesHashParams {
  appId: string;
  /** Exactly the `created_from` text sent in the query string. */
  createdFrom: string;
  /** Exactly the `created_to` text sent in the query string. */
  createdTo: string;
  /** Included in the hash only when sent; the client always sends it. */
  limit?: number | string;
  /** Included in the hash only when sent; the client always sends it. */
  page?: number | string;
}

/**
 * Query `hash` for call histories: sha256(appId + created_from + created_to + limit + page + appSecret).
 * Only the parameters actually sent take part (the docs' worked example omits limit and page).
 */
export function historiesHash(params: HistoriesHashParams, appSecret: string): Promise<string> {
  const { appId, createdFrom, createdTo, limit, page } = params;
  return sha256Hex(appId + createdFrom + createdTo + (limit ?? "") + (page ?? "") + appSecret);
}

/** Query `hash` for play_recording: sha256(appId + media + appSecret). */
export function recordingHash(appId: string, media: string, appSecret: string): Promise<string> {
  return sha256Hex(appId + media + appSecret);
}
