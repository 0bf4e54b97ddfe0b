// Public entry of @antdash/antring-core: AntRing request signing, a typed, tolerant client, and live call signals.
export { AntringClient } from "./client";
export type {
  HistoryPage,
  HistoryPageQuery,
  HistoryPageResult,
  HistoryRangePage,
  IterateHistoryOptions,
  SipDevice,
} from "./client";
export type { AntringClientOptions } from "./client-options";
export { DEFAULT_BASE_URL, MAX_PAGE_SIZE } from "./client-options";
export type { AuthToken } from "./responses";
export type { RetryEvent } from "./transport";
export { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelayMs } from "./retry";
export type { RetryPolicy } from "./retry";

export { authHash, historiesHash, recordingHash, sha256Hex } from "./signing";
export type { HistoriesHashParams } from "./signing";
export { parseAntringDate, toAntringDate } from "./dates";
export { DAY_MS, MAX_WINDOW_DAYS, planHistoryWindows } from "./windows";
export type { HistoryWindow, PlanOptions } from "./windows";

export { parseHistoryBody } from "./history-body";
export type { HistoryEnvelope, ParsedHistoryBody } from "./history-body";
export type { RejectedRecord } from "./normalize-record";
export { errorFromResponse } from "./response-errors";
export type { ErrorResponse } from "./response-errors";

export {
  AntringError,
  AntringHttpError,
  AntringNetworkError,
  AntringProtocolError,
  AntringServerError,
  AntringTimeoutError,
  AppIdMissingError,
  AppIdNotFoundError,
  DeviceOfflineError,
  HashMismatchError,
  InvalidArgumentError,
  InvalidRangeError,
  MethodNotSupportedError,
  RangeTooLongError,
  RateLimitedError,
} from "./errors";

export { CALL_CLASSES, callRecordSchema, DIRECTIONS, partySchema, STATUS_DETAILS } from "./records";
export type { CallClass, CallRecord, Direction, Party, StatusDetail } from "./records";

export { connectLiveCalls, DEFAULT_LIVE_BINDINGS, DEFAULT_LIVE_URL } from "./live/live-feed";
export { isLiveProtocol, LIVE_PROTOCOLS, parseLiveProtocolSetting } from "./live/live-protocol";
export type { LiveProtocol, LiveProtocolSetting } from "./live/live-protocol";
export { probeLiveFeed } from "./live/probe-live-feed";
export type { LiveFeedProbeOptions, LiveFeedProbeResult } from "./live/probe-live-feed";
export type { ProtocolAttempt } from "./live/connect-first";
export { parseAuthExpiry } from "./auth-expiry";
export type { LiveCallFeed, LiveCallFeedOptions, LiveFeedStatus } from "./live/live-feed";
export { mapKazooEvent, TRACKED_CALL_EVENTS } from "./live/kazoo-event";
export { LiveCallBoard } from "./live/live-call-board";
export type { LiveCallBoardOptions } from "./live/live-call-board";
export type { LiveCallSignal, LiveCallState } from "./live/live-signal";

export { normalizePhoneNumber, VN_MOBILE_PREFIX_2018 } from "./phone/normalize-phone-number";
