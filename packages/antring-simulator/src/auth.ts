import { AppIdMissingError, AppIdNotFoundError, HashMismatchError } from "./errors";
import { hashMatches, sameSecretText, sha256Hex } from "./signing";

export interface Credentials {
  appId: string;
  appSecret: string;
}

/**
 * AntRing's checks, in its order: appId missing, then unknown appId, then a hash that is missing or
 * does not equal sha256hex(<values> + appSecret).
 */
export function authenticate(
  credentials: Credentials,
  appId: string | undefined,
  signedValues: string,
  hash: string | undefined,
): void {
  if (appId === undefined || appId === "") throw new AppIdMissingError();
  if (!sameSecretText(credentials.appId, appId)) throw new AppIdNotFoundError();
  if (!hashMatches(sha256Hex(signedValues + credentials.appSecret), hash)) throw new HashMismatchError();
}
