import { AntringClient, type CallRecord } from "@antdash/antring-core";
import type { Database, DatabaseConfig } from "@antdash/db";
import { checkCredentials, checkHistory, checkRecording, findRecordedCall } from "./antring-checks";
import { fixForAntringError } from "./antring-fixes";
import { checkBaseUrl } from "./base-url-check";
import { checkClock } from "./clock-check";
import { checkDatabase, checkLastSync } from "./database-checks";
import { type CheckResult, fail, reasonOf, skip } from "./doctor-check";
import { checkLiveFeed, type LiveCheckSettings } from "./live-check";

export interface DoctorSettings {
  baseUrl: string;
  appId: string | undefined;
  appSecret: string | undefined;
  live: LiveCheckSettings;
  database: DatabaseConfig;
  now?: () => number;
}

/**
 * Runs every check in report order, handing each result to `onResult` as soon as it is known. A check that
 * needs an earlier one (credentials need the base URL; history, recording and live feed need credentials; the
 * last sync needs the database) is skipped with the cause when that one failed.
 */
export async function runDoctor(
  settings: DoctorSettings,
  onResult: (result: CheckResult) => void = () => undefined,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const report = (result: CheckResult) => {
    results.push(result);
    onResult(result);
  };
  const now = settings.now ?? Date.now;

  const base = await checkBaseUrl(settings.baseUrl);
  report(base.result);
  await antringChecks(settings, base.result.status === "pass", now(), report);
  report(base.result.status === "pass" ? checkClock(base.time) : skip("clock", "needs the base URL"));

  const database = await checkDatabase(settings.database);
  report(database.result);
  try {
    if (database.db === undefined || database.result.status !== "pass") {
      report(skip("sync", "needs a reachable, migrated database"));
    } else {
      report(await checkLastSync(database.db, now()).catch((error: unknown) => syncFailure(error)));
    }
  } finally {
    await closeQuietly(database.db);
  }
  return results;
}

async function antringChecks(
  settings: DoctorSettings,
  baseUrlAnswers: boolean,
  now: number,
  report: (result: CheckResult) => void,
): Promise<void> {
  const dependents = ["history", "recording", "live-feed"] as const;
  if (!baseUrlAnswers) {
    for (const name of ["credentials", ...dependents] as const) report(skip(name, "needs the base URL"));
    return;
  }
  const { appId, appSecret } = settings;
  if (!appId || !appSecret) {
    report(
      fail(
        "credentials",
        "ANTRING_APP_ID or ANTRING_APP_SECRET is not set",
        "set both to what AntBuddy issued",
      ),
    );
    for (const name of dependents) report(skip(name, "needs the credentials"));
    return;
  }
  // Few, quick retries: doctor reports a failure rather than waiting it out.
  const client = new AntringClient({
    baseUrl: settings.baseUrl,
    appId,
    appSecret,
    timeoutMs: 10_000,
    retry: { retries: 1, baseDelayMs: 200, maxDelayMs: 1_000 },
  });
  const credentials = await checkCredentials(client, appId, settings.live.accountId);
  report(credentials.result);
  if (credentials.result.status !== "pass") {
    for (const name of dependents) report(skip(name, "needs the credentials"));
    return;
  }
  const history = await checkHistory(client, now);
  report(history.result);
  report(await recordingCheck(client, history.newestRecorded, history.result.status === "pass", now));
  report(await checkLiveFeed(client, { ...settings.live, accountId: credentials.accountId }));
}

async function recordingCheck(
  client: AntringClient,
  recorded: CallRecord | undefined,
  historyReads: boolean,
  now: number,
): Promise<CheckResult> {
  if (!historyReads) return skip("recording", "needs the history");
  try {
    return await checkRecording(client, recorded ?? (await findRecordedCall(client, now)));
  } catch (error) {
    return fail("recording", `history: ${reasonOf(error)}`, fixForAntringError(error));
  }
}

function syncFailure(error: unknown): CheckResult {
  return fail("sync", `cannot read the sync runs: ${reasonOf(error)}`, "run `pnpm db:migrate`");
}

async function closeQuietly(db: Database | undefined): Promise<void> {
  await db?.close().catch(() => undefined);
}
