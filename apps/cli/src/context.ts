import { AntringClient } from "@antdash/antring-core";
import { type Database, databaseConfigFromEnv, openDatabase } from "@antdash/db";
import type { CliEnv } from "./env";
import { UsageError } from "./usage-error";

export function openCliDatabase(env: CliEnv): Promise<Database> {
  return openDatabase({ ...databaseConfigFromEnv(), timeZone: env.timeZone });
}

export function antringClientFromEnv(env: CliEnv): AntringClient {
  if (!env.antringAppId || !env.antringAppSecret) {
    throw new UsageError("ANTRING_APP_ID and ANTRING_APP_SECRET must be set to reach AntRing");
  }
  return new AntringClient({
    baseUrl: env.antringBaseUrl,
    appId: env.antringAppId,
    appSecret: env.antringAppSecret,
  });
}
