import {
  AntringNetworkError,
  AntringProtocolError,
  AntringTimeoutError,
  AppIdMissingError,
  AppIdNotFoundError,
  DEFAULT_BASE_URL,
  HashMismatchError,
  MethodNotSupportedError,
  RateLimitedError,
} from "@antdash/antring-core";

/** What to do about a failed AntRing request, by its error class. */
export function fixForAntringError(error: unknown): string {
  if (error instanceof HashMismatchError) {
    return "ANTRING_APP_SECRET is wrong for this app id: copy the app secret AntBuddy issued (no spaces or quotes)";
  }
  if (error instanceof AppIdNotFoundError) {
    return `AntRing does not know ANTRING_APP_ID: use the app id ("3rd party identifier") AntBuddy issued`;
  }
  if (error instanceof AppIdMissingError) return "set ANTRING_APP_ID";
  if (error instanceof MethodNotSupportedError) {
    return `ANTRING_BASE_URL does not serve AntRing's open API here: use ${DEFAULT_BASE_URL}`;
  }
  if (error instanceof RateLimitedError)
    return "AntRing's request limit was hit: run doctor again in a minute";
  if (error instanceof AntringNetworkError || error instanceof AntringTimeoutError) {
    return "check ANTRING_BASE_URL and the network between this machine and AntRing";
  }
  if (error instanceof AntringProtocolError) {
    return "AntRing answered in a shape this version does not understand: report it with this output";
  }
  return "see the reason; run doctor again, and report it with this output if it persists";
}
