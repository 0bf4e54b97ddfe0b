import {
  type AntringClient,
  DEFAULT_LIVE_URL,
  parseLiveProtocolSetting,
  probeLiveFeed,
  type LiveProtocolSetting,
} from "@antdash/antring-core";
import { printableUrl } from "./base-url-check";
import { type CheckResult, fail, pass, reasonOf } from "./doctor-check";

export interface LiveCheckSettings {
  /** ANTRING_LIVE_URL; unset: AntRing's. */
  url: string | undefined;
  accountId: string | undefined;
  /** ANTRING_LIVE_PROTOCOL as written. */
  protocol: string | undefined;
  timeoutMs?: number;
}

/** Does the live feed connect (with which protocol) and accept a subscription? */
export async function checkLiveFeed(
  client: AntringClient,
  settings: LiveCheckSettings,
): Promise<CheckResult> {
  let protocol: LiveProtocolSetting;
  try {
    protocol = parseLiveProtocolSetting(settings.protocol);
  } catch (error) {
    return fail(
      "live-feed",
      reasonOf(error),
      "set ANTRING_LIVE_PROTOCOL to auto, sio4, sio2, sio09 or kazoo-ws",
    );
  }
  const url = settings.url ?? DEFAULT_LIVE_URL;
  const shown = printableUrl(url);
  const probe = await probeLiveFeed({
    client,
    url,
    accountId: settings.accountId,
    protocol,
    timeoutMs: settings.timeoutMs ?? 10_000,
  });
  if (probe.ok) {
    const how =
      probe.subscription === "acknowledged" ? "acknowledged" : "not refused (the server stayed quiet)";
    const tried =
      probe.attempts.length > 0 ? `, after ${probe.attempts.map((a) => a.protocol).join(", ")} failed` : "";
    return pass("live-feed", `${shown} connected with ${probe.protocol}${tried}; subscription ${how}`);
  }
  const at = probe.protocol ? ` (${probe.protocol})` : "";
  switch (probe.stage) {
    case "auth_token":
      return fail("live-feed", `no auth token: ${probe.reason}`, "fix the credentials line first");
    case "connect":
      return fail(
        "live-feed",
        `${shown} did not connect${protocol === "auto" ? " with any protocol" : ` with ${protocol}`}: ${probe.reason}`,
        `check ANTRING_LIVE_URL (default ${DEFAULT_LIVE_URL}) and that its port is open from this machine; ` +
          "ANTRING_LIVE_PROTOCOL=auto tries every protocol",
      );
    case "subscribe":
      return fail(
        "live-feed",
        `${shown}${at} connected but refused the subscription: ${probe.reason}`,
        "check ANTRING_ACCOUNT_ID (sent as account_id) and that this app may receive live call signals",
      );
  }
}
