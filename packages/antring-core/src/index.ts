// Public entry of @antdash/antring-core: AntRing request signing, a typed, tolerant client, and live call signals.
export { AntringClient } from "./client";
export { DEFAULT_BASE_URL } from "./client-options";
export { retryDelayMs } from "./retry";
export { historiesHash, sha256Hex } from "./signing";
export { toAntringDate } from "./dates";
export { DAY_MS, planHistoryWindows } from "./windows";
export type { HistoryEnvelope } from "./history-body";

export {
  AntringError,
  AntringNetworkError,
  AntringProtocolError,
  AntringTimeoutError,
  AppIdMissingError,
  AppIdNotFoundError,
  DeviceOfflineError,
  HashMismatchError,
  MethodNotSupportedError,
  RateLimitedError,
} from "./errors";

export { CALL_CLASSES, DIRECTIONS, STATUS_DETAILS } from "./records";
export type { CallClass, CallRecord, Direction, Party, StatusDetail } from "./records";

export { connectLiveCalls, DEFAULT_LIVE_URL } from "./live/live-feed";
export type { LiveCallFeed, LiveFeedStatus } from "./live/live-feed";
export { LIVE_PROTOCOLS, parseLiveProtocolSetting } from "./live/live-protocol";
export type { LiveProtocol, LiveProtocolSetting } from "./live/live-protocol";
export { probeLiveFeed } from "./live/probe-live-feed";
export { LiveCallBoard } from "./live/live-call-board";
export type { LiveCallSignal, LiveCallState } from "./live/live-signal";

export { normalizePhoneNumber } from "./phone/normalize-phone-number";
