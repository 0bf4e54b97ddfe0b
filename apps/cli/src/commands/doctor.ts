import { databaseConfigFromEnv } from "@antdash/db";
import { parseArgs } from "node:util";
import { exitStatus, formatLine, formatSummary } from "../doctor/doctor-report";
import { runDoctor } from "../doctor/run-doctor";
import type { CliEnv } from "../env";

export const DOCTOR_HELP = `pnpm cli doctor
  Checks the AntRing connection and this installation, one line each (PASS, FAIL with the fix, or SKIP): the
  base URL answers; the app id and secret are accepted (auth token); the last day's history reads; a recording
  URL serves audio (a Range request); the live feed connects (which protocol) and accepts a subscription; the
  local clock agrees with the server's; the database is reachable and migrated; the sync runner's last pass.
  Exit status 0 only when no check fails. Never prints the secret, tokens or signed URLs.`;

export async function doctorCommand(args: string[], env: CliEnv): Promise<number> {
  parseArgs({ args, options: {}, strict: true });
  const results = await runDoctor(
    {
      baseUrl: env.antringBaseUrl,
      appId: env.antringAppId,
      appSecret: env.antringAppSecret,
      live: { url: env.antringLiveUrl, accountId: env.antringAccountId, protocol: env.antringLiveProtocol },
      database: { ...databaseConfigFromEnv(), timeZone: env.timeZone },
    },
    // Each line as soon as its check is done: the live feed and the history can take seconds.
    (result) => process.stdout.write(`${formatLine(result)}\n`),
  );
  process.stdout.write(`${formatSummary(results)}\n`);
  return exitStatus(results);
}
