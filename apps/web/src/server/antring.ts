import { AntringClient, DEFAULT_BASE_URL } from "@antdash/antring-core";
import { serverEnv } from "../env";
import { processSingleton } from "./process-singleton";

/**
 * Without credentials the client still exists (the API context needs one) but every call to AntRing fails with
 * AntRing's own "unknown app" error; the sync is not started then.
 */
const UNCONFIGURED = { appId: "unconfigured", appSecret: "unconfigured" };

/** ANTRING_BASE_URL, else AntRing's own open API. */
export function antringBaseUrl(): string {
  return serverEnv().antring?.baseUrl ?? DEFAULT_BASE_URL;
}

export function getAntringClient(): AntringClient {
  return processSingleton("antring-client", () => {
    const { appId, appSecret } = serverEnv().antring ?? UNCONFIGURED;
    return new AntringClient({ baseUrl: antringBaseUrl(), appId, appSecret });
  });
}
