import type { AntringClient, CallRecord, HistoryEnvelope } from "@antdash/antring-core";
import { fixForAntringError } from "./antring-fixes";
import { type CheckResult, fail, pass, reasonOf, skip } from "./doctor-check";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const ENVELOPES: Record<HistoryEnvelope, string> = {
  bare: "a bare array […]",
  data: "{data:[…]}",
  success: "{success:true,data:[…]}",
};

/** Are the app id and secret accepted? Asks for an auth token (the live feed's). */
export async function checkCredentials(
  client: AntringClient,
  appId: string,
  accountIdFromEnv: string | undefined,
): Promise<{ result: CheckResult; accountId?: string }> {
  try {
    const token = await client.getAuthToken();
    const accountId = token.accountId ?? accountIdFromEnv;
    const account = token.accountId
      ? `account_id ${token.accountId} from the token`
      : accountIdFromEnv
        ? `account_id ${accountIdFromEnv} from ANTRING_ACCOUNT_ID`
        : "no account_id (the token names none and ANTRING_ACCOUNT_ID is unset)";
    const detail = `app id ${appId} accepted: auth token valid until ${token.expire.toISOString()}, ${account}`;
    return { result: pass("credentials", detail), accountId };
  } catch (error) {
    return { result: fail("credentials", reasonOf(error), fixForAntringError(error)) };
  }
}

/** Does the history of the last day read? Every page of it: how many calls, in which envelope. */
export async function checkHistory(
  client: AntringClient,
  now: number,
): Promise<{ result: CheckResult; newestRecorded?: CallRecord }> {
  const window = { from: new Date(now - DAY_MS), to: new Date(now) };
  let calls = 0;
  let rejected = 0;
  let pages = 0;
  let envelope: HistoryEnvelope | undefined;
  let newestRecorded: CallRecord | undefined;
  try {
    for await (const page of client.historyWindowPages(window)) {
      pages++;
      calls += page.records.length;
      rejected += page.rejected.length;
      envelope ??= page.envelope;
      newestRecorded ??= page.records.find((r) => r.recording !== "");
    }
  } catch (error) {
    return { result: fail("history", reasonOf(error), fixForAntringError(error)) };
  }
  const shape = envelope ? `, envelope ${ENVELOPES[envelope]}` : "";
  const bad = rejected > 0 ? `, ${rejected} malformed records (they are quarantined by the sync)` : "";
  const quiet = calls === 0 ? " (a quiet day, or another account than expected?)" : "";
  const detail = `${calls} calls in the last 24 h in ${pages} pages${shape}${bad}${quiet}`;
  return { result: pass("history", detail), newestRecorded };
}

/** The newest recorded call of the last 31 days (one page), when the last day had none. */
export async function findRecordedCall(client: AntringClient, now: number): Promise<CallRecord | undefined> {
  const page = await client.getHistoryPage({ from: new Date(now - 31 * DAY_MS), to: new Date(now), page: 1 });
  return page.records.find((r) => r.recording !== "");
}

const RANGE_BYTES = 1024;

/**
 * Does a recording URL resolve and serve audio? Asks play_recording for a signed URL, then its first kilobyte with
 * a Range request (what the player's seeking needs). Neither the URL nor the file name is printed.
 */
export async function checkRecording(
  client: AntringClient,
  record: CallRecord | undefined,
): Promise<CheckResult> {
  if (record === undefined) return skip("recording", "no recorded call in the last 31 days to try");
  let url: string;
  try {
    url = await client.getRecordingUrl(record.recording);
  } catch (error) {
    return fail("recording", `play_recording: ${reasonOf(error)}`, fixForAntringError(error));
  }
  let response: Response;
  let head: Uint8Array;
  try {
    response = await fetch(url, {
      headers: { range: `bytes=0-${RANGE_BYTES - 1}` },
      signal: AbortSignal.timeout(15_000),
    });
    head = new Uint8Array(await response.arrayBuffer()).subarray(0, 16);
  } catch {
    // The error's message may hold the signed URL: say only what happened.
    return fail(
      "recording",
      "the recording URL does not answer",
      "the signed URL's host must be reachable from this machine (and from the dashboard's server)",
    );
  }
  const type = response.headers.get("content-type") ?? "no content type";
  if (response.status !== 206 && response.status !== 200) {
    return fail(
      "recording",
      `the recording URL answered HTTP ${response.status}`,
      response.status === 403
        ? "the signed URL was refused: check this machine's clock (see the clock line)"
        : "see the status; run doctor again",
    );
  }
  if (!type.startsWith("audio/") && !looksLikeAudio(head)) {
    return fail("recording", `the recording URL serves ${type}, not audio`, "report it with this output");
  }
  const total = /\/(\d+)$/.exec(response.headers.get("content-range") ?? "")?.[1];
  const ranged =
    response.status === 206
      ? `HTTP 206 for a Range request${total ? `, ${Number(total).toLocaleString("en")} bytes in all` : ""}`
      : "HTTP 200: Range ignored, seeking downloads the whole file";
  return pass("recording", `a signed recording URL serves ${type} (${ranged})`);
}

/** WAV, MP3 (ID3 tag or frame sync) or Ogg by their first bytes. */
function looksLikeAudio(head: Uint8Array): boolean {
  const text = String.fromCharCode(...head.subarray(0, 4));
  return (
    text === "RIFF" ||
    text.startsWith("ID3") ||
    text === "OggS" ||
    (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)
  );
}
