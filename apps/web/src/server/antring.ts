import { AntringClient } from "@antdash/antring-core";
import { serverEnv } from "../env";
import { processSingleton } from "./process-singleton";

/**
 * Without credentials the client still exists (the API context needs one) but every call to AntRing fails with
 * AntRing's own "unknown app" error; the sync is not started then.
 */
const UNCONFIGURED = {
  baseUrl: "https://openapi.antbuddy.com",
  appId: "unconfigured",
  appSecret: "unconfigured",
};

export function getAntringClient(): AntringClient {
  return processSingleton("antring-client", () => new AntringClient(serverEnv().antring ?? UNCONFIGURED));
}

export function isAntringConfigured(): boolean {
  return serverEnv().antring !== null;
}
