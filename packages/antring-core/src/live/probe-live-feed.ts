import type { AntringClient } from "../client";
import type { AuthToken } from "../responses";
import { connectFirst, LiveConnectError, type ProtocolAttempt } from "./connect-first";
import { DEFAULT_LIVE_BINDINGS, DEFAULT_LIVE_URL } from "./live-feed";
import { verdictOfAnswer, verdictOfEvent, type ServerVerdict } from "./live-answers";
import { candidateProtocols, type LiveProtocol, type LiveProtocolSetting } from "./live-protocol";
import { describeFailure, redactReason } from "./redact";

export interface LiveFeedProbeOptions {
  /** Fetches the auth token (server side only). Either this or `authToken`. */
  client?: AntringClient;
  /** A token already fetched (its value, or the AuthToken with its account id). */
  authToken?: string | AuthToken;
  /** Default DEFAULT_LIVE_URL. */
  url?: string;
  /** Sent as `account_id` when the token carries none. */
  accountId?: string;
  /** Default "auto". */
  protocol?: LiveProtocolSetting;
  /** The whole probe's budget; default 15 s. Connection attempts share it. */
  timeoutMs?: number;
  /** With no answer to the subscribe, how long the server must stay quiet to count as accepting it; default 1.5 s. */
  quietMs?: number;
  /** Default the first of DEFAULT_LIVE_BINDINGS. */
  binding?: string;
  signal?: AbortSignal;
}

export type LiveFeedProbeResult =
  | {
      ok: true;
      protocol: LiveProtocol;
      /** "acknowledged": the server answered the subscribe with success; "not-refused": it stayed quiet. */
      subscription: "acknowledged" | "not-refused";
      /** Protocols tried before the one that worked, and why they failed. */
      attempts: ProtocolAttempt[];
    }
  | {
      ok: false;
      /** Where it failed: fetching the token, connecting (no protocol worked), or the subscription. */
      stage: "auth_token" | "connect" | "subscribe";
      /** One line, redacted (no token, no secret). */
      reason: string;
      /** The protocol that connected, when the failure came after. */
      protocol?: LiveProtocol;
      attempts: ProtocolAttempt[];
    };

/**
 * Checks the live feed once, for `pnpm cli doctor`: fetches a token, connects (finding the protocol when
 * `auto`), subscribes one binding and waits for the server's verdict; always closes what it opened.
 * Never throws: every failure, a malformed URL included, is a result.
 */
export async function probeLiveFeed(options: LiveFeedProbeOptions): Promise<LiveFeedProbeResult> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal === undefined ? deadline : AbortSignal.any([options.signal, deadline]);

  let token: AuthToken;
  try {
    token = await tokenFor(options, signal);
  } catch (error) {
    return { ok: false, stage: "auth_token", reason: describeFailure(error, []), attempts: [] };
  }
  const secrets = [token.value];
  const protocols = candidateProtocols(options.protocol ?? "auto");
  let opened;
  try {
    opened = await connectFirst(options.url ?? DEFAULT_LIVE_URL, protocols, { timeoutMs, signal });
  } catch (error) {
    const attempts = error instanceof LiveConnectError ? [...error.attempts] : [];
    const detail = describeFailure(error, secrets).replace(/^LiveConnectError: /, "");
    const reason = signal.aborted ? `no protocol connected within ${timeoutMs} ms (${detail})` : detail;
    return { ok: false, stage: "connect", reason, attempts };
  }

  const { connection, protocol, attempts } = opened;
  const verdict = await new Promise<ServerVerdict | { kind: "closed"; reason: string } | { kind: "quiet" }>(
    (resolve) => {
      const quiet = setTimeout(
        () => resolve({ kind: "quiet" }),
        Math.min(options.quietMs ?? 1_500, timeoutMs),
      );
      const settle = (
        value: ServerVerdict | { kind: "closed"; reason: string } | { kind: "quiet" },
      ): void => {
        clearTimeout(quiet);
        resolve(value);
      };
      signal.addEventListener("abort", () => settle({ kind: "quiet" }), { once: true });
      opened.listen({
        event: (name, payload) => {
          const judged = verdictOfEvent(name, payload);
          if (judged !== null) settle(judged);
        },
        close: (reason) => settle({ kind: "closed", reason }),
      });
      const accountId = token.accountId ?? options.accountId;
      const binding = options.binding ?? DEFAULT_LIVE_BINDINGS[0]!;
      const subscription =
        accountId === undefined
          ? { auth_token: token.value, binding }
          : { auth_token: token.value, account_id: accountId, binding };
      connection.subscribe(subscription, (answer) => settle(verdictOfAnswer(answer)));
    },
  );
  connection.close();

  if (verdict === null || verdict.kind === "accepted")
    return { ok: true, protocol, subscription: "acknowledged", attempts };
  if (verdict.kind === "quiet") return { ok: true, protocol, subscription: "not-refused", attempts };
  const reason =
    verdict.kind === "closed"
      ? `the server closed the connection right after subscribe (${verdict.reason}): token refused?`
      : verdict.kind === "refused"
        ? `subscription refused: ${verdict.message}`
        : `server error: ${verdict.message}`;
  return { ok: false, stage: "subscribe", protocol, reason: redactReason(reason, secrets), attempts };
}

async function tokenFor(options: LiveFeedProbeOptions, signal: AbortSignal): Promise<AuthToken> {
  const given = options.authToken;
  if (typeof given === "string") return { value: given, expire: new Date(Date.now() + 60_000) };
  if (given !== undefined) return given;
  if (options.client === undefined) throw new Error("probeLiveFeed needs a client or an authToken");
  return options.client.getAuthToken(signal);
}
