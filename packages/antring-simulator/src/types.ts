import type { LiveProtocol, LiveRefusal } from "./live/live-options";
import type { TokenExpireFormat } from "./live/live-tokens";
import type { PlaceCallInput } from "./live/place-call-input";
import type { CallRecord } from "./records";

export interface SimulatorFaults {
  /** 0..1: fraction of requests to /oapi/* answered with an error from failureStatuses. */
  failureRate: number;
  /** Statuses used for injected failures; default [503, 500]. */
  failureStatuses: number[];
  /** Which routes failureRate applies to; default "histories". */
  failureRoutes: "histories" | "all";
  /** Added to every /oapi/* response; default 0. */
  latencyMs: number;
  /** Requests per second per appId before 503 REQUEST_LIMIT_EXCEEDED with Retry-After: 1; null = off. */
  rateLimitPerSecond: number | null;
  /** 0..1: fraction of history records served corrupted, decided per record (deterministic). */
  malformedRate: number;
  /** 0..1: share of calls relisted later with a changed recording, DID or duration (deterministic per seed). */
  correctionRate: number;
  /** Body of a successful click-to-call: `{success:true}` (json, default), nothing (empty) or "OK" (text). */
  clickToCallBody: ClickToCallBody;
  /** play_recording answer: `{media}` (default), `{data:{media}}`, `{success:true,data:{media}}` or the bare URL. */
  recordingShape: RecordingShape;
}

export type ClickToCallBody = "empty" | "text" | "json";
export type RecordingShape = "media" | "data" | "success" | "bare";

export type HistoryEnvelope = "bare" | "data" | "success";

export interface SimulatorDevice {
  sipUser: string;
  sipPassword: string;
  online: boolean;
}

export interface SimulatorOptions {
  /** 0 (default) = a free port. */
  port?: number;
  /** Default "127.0.0.1". */
  host?: string;
  /** Default ANTRING_APP_ID from the environment, else "demo-app". */
  appId?: string;
  /** Default "demo-secret". */
  appSecret?: string;
  /** Default 1. */
  seed?: number | string;
  /** Average calls on a weekday; default 400. */
  callsPerDay?: number;
  /** Days of history before now; default 90. */
  historyDays?: number;
  /** Clock in ms; default Date.now. A frozen clock gives a fixed dataset (no live arrivals). */
  now?: () => number;
  /** History response shape: [..] | {data:[..]} | {success:true,data:[..]}; default "success". */
  envelope?: HistoryEnvelope;
  /** Default 600. */
  recordingUrlTtlSeconds?: number;
  /** Click-to-call devices; default one online device demo-device / demo-pass. */
  devices?: SimulatorDevice[];
  faults?: Partial<SimulatorFaults>;
  /** Live call signals for the generated traffic, sent as calls start, are answered and end; default true.
   *  Only with the real clock (no `now` option). Placed calls always send theirs. */
  liveSignals?: boolean;
  /** The live socket's wire protocol: sio4 (default) | sio2 | sio09 | kazoo-ws. */
  liveProtocol?: LiveProtocol;
  /** How the live socket refuses a bad token: error (default) | auth_failure | drop. */
  liveRefusal?: LiveRefusal;
  /** How auth_token words `expire`: iso (default) | epoch-s | epoch-ms | lifetime. */
  tokenExpireFormat?: TokenExpireFormat;
  /** When set, auth_token's answer carries it as `account_id`. */
  tokenAccountId?: string;
}

export type SimulatorRoute = "histories" | "auth_token" | "click_to_call" | "play_recording" | "media";

export interface SimulatorDataset {
  /** Every call visible now whose unix_timestamp*1000 lies in [fromMs, toMs] (both inclusive), newest
   *  first (ties broken deterministically): exactly what paging the histories endpoint over that range
   *  returns, before malformedRate corruption. */
  callsBetween(fromMs: number, toMs: number): CallRecord[];
  /** Oldest and newest instants of generated history (ms): history start, and now. */
  range(): { fromMs: number; toMs: number };
}

export interface RunningSimulator {
  /** e.g. "http://127.0.0.1:43123" (no trailing slash). */
  url: string;
  port: number;
  appId: string;
  appSecret: string;
  dataset: SimulatorDataset;
  setFaults(faults: Partial<SimulatorFaults>): void;
  setEnvelope(envelope: HistoryEnvelope): void;
  /** Requests received on a route (all routes when omitted), including failed ones. */
  requestCount(route?: SimulatorRoute): number;
  /** The live call-signal URL a client connects to, in `liveProtocol`: the simulator's own origin. */
  liveUrl: string;
  /** The protocol the live socket speaks (SimulatorOptions.liveProtocol). */
  liveProtocol: LiveProtocol;
  /** Fault hook: how a bad token is refused from now on. */
  setLiveRefusal(refusal: LiveRefusal): void;
  /** Fault hook: the shape of auth_token answers from now on (null accountId: none). */
  setTokenAnswer(shape: { expireFormat?: TokenExpireFormat; accountId?: string | null }): void;
  /** Places a live call: CHANNEL_CREATE now, CHANNEL_ANSWER after the ring (if answered), CHANNEL_DESTROY at
   *  the end, when it also shows in the history. Throws InvalidCallError for a bad description. */
  placeCall(call?: PlaceCallInput): { callId: string; endsAt: Date };
  /** Calls in progress, as their signals told (placed calls, and generated ones when live). */
  liveCalls(): { callId: string; state: "ringing" | "answered" }[];
  /** Test hook: cuts every live socket at the transport (a network drop); returns how many. */
  dropLiveConnections(): number;
  /** Test hook: the live connections now subscribed, with their bindings and the account_id they sent. */
  liveSubscribers(): { accountId: string | null; bindings: string[] }[];
  /** Test hook: every auth token issued so far is refused from now on. */
  revokeLiveTokens(): void;
  close(): Promise<void>;
}
