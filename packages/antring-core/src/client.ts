import {
  type AntringClientOptions,
  MAX_PAGE_SIZE,
  resolveOptions,
  type ResolvedOptions,
} from "./client-options";
import { toAntringDate } from "./dates";
import {
  AntringHttpError,
  AntringProtocolError,
  DeviceOfflineError,
  InvalidArgumentError,
  InvalidRangeError,
  RangeTooLongError,
} from "./errors";
import { parseHistoryBody, type ParsedHistoryBody } from "./history-body";
import { describeRequest, PATHS } from "./paths";
import { parseRecordingBody } from "./recording-body";
import { type AuthToken, parseAuthTokenBody } from "./responses";
import { Semaphore } from "./semaphore";
import { authHash, historiesHash, recordingHash } from "./signing";
import { type ApiRequest, sendRequest, type TransportConfig } from "./transport";
import { DAY_MS, type HistoryWindow, MAX_WINDOW_DAYS, planHistoryWindows } from "./windows";

export interface SipDevice {
  sipUser: string;
  sipPassword: string;
}

export interface HistoryPageQuery {
  from: Date;
  to: Date;
  /** 1-based. */
  page: number;
  /** 1..100; default the client's pageSize. */
  limit?: number;
}

export interface HistoryPageResult extends ParsedHistoryBody {
  page: number;
  limit: number;
}

export interface HistoryPage extends HistoryPageResult {
  window: HistoryWindow;
  /** Last page of its window: it held fewer raw items than the limit. */
  isLastPage: boolean;
}

export interface HistoryRangePage extends HistoryPage {
  /** Position of `window` in the plan, 0-based, oldest first. */
  windowIndex: number;
  windowCount: number;
}

export interface IterateHistoryOptions {
  signal?: AbortSignal;
  /** Awaited before each page is yielded (progress, checkpoints). */
  onPage?: (page: HistoryRangePage) => void | Promise<void>;
}

/**
 * Guard against a server that ignores `page` and repeats a full page forever:
 * 10,000 pages of 100 is a million calls in one 31-day window.
 */
const MAX_PAGES_PER_WINDOW = 10_000;

/** Typed, tolerant client for AntRing's open API. Safe to share: one concurrency cap for all its calls. */
export class AntringClient {
  readonly #options: ResolvedOptions;
  readonly #transport: TransportConfig;

  constructor(options: AntringClientOptions) {
    this.#options = resolveOptions(options);
    const { baseUrl, fetch, timeoutMs, retry, onRetry, concurrency } = this.#options;
    this.#transport = { baseUrl, fetch, timeoutMs, retry, onRetry, semaphore: new Semaphore(concurrency) };
  }

  /** Token for the live call-signal websocket. */
  async getAuthToken(signal?: AbortSignal): Promise<AuthToken> {
    const description = describeRequest("POST", PATHS.authToken);
    const body = await this.#send(
      {
        method: "POST",
        path: PATHS.authToken,
        headers: await this.#authHeaders(),
        // As the documentation's example: a JSON content type and an empty JSON object.
        json: {},
        description,
        retryMode: "transient",
      },
      signal,
    );
    return parseAuthTokenBody(body, description);
  }

  /**
   * Rings the SIP device first, then dials `number`. Any 2xx is success, whatever its body. A 400 without a code
   * (or with an offline-like one) is DeviceOfflineError; a 400 with another code keeps that code and message
   * (AntringHttpError). Retried only on 503: repeating after any other failure could place the call twice.
   */
  async clickToCall(number: string, device: SipDevice, signal?: AbortSignal): Promise<void> {
    if (number.length === 0) throw new InvalidArgumentError("number is empty");
    const description = describeRequest("POST", PATHS.clickToCall(":number"), {
      number,
      sipUser: device.sipUser,
    });
    try {
      await this.#send(
        {
          method: "POST",
          path: PATHS.clickToCall(number),
          headers: await this.#authHeaders(),
          json: { sipUser: device.sipUser, sipPassword: device.sipPassword },
          description,
          retryMode: "rate-limit",
          answer: "ignored",
          detailRedactions: [this.#options.appSecret, device.sipPassword],
        },
        signal,
      );
    } catch (error) {
      if (error instanceof AntringHttpError && error.status === 400 && meansDeviceOffline(error.code)) {
        throw new DeviceOfflineError({ status: 400, request: description, code: error.code });
      }
      throw error;
    }
  }

  /** One page of one window (at most 31 days). Always sends and signs `limit` and `page`. */
  async getHistoryPage(query: HistoryPageQuery, signal?: AbortSignal): Promise<HistoryPageResult> {
    const { from, to, page } = query;
    const limit = query.limit ?? this.#options.pageSize;
    checkWindow(from, to);
    if (!Number.isInteger(page) || page < 1)
      throw new InvalidArgumentError("page must be a whole number >= 1");
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new InvalidArgumentError(`limit must be a whole number in 1..${MAX_PAGE_SIZE}`);
    }
    const { appId, appSecret } = this.#options;
    const createdFrom = toAntringDate(from);
    const createdTo = toAntringDate(to);
    const signed = { appId, createdFrom, createdTo, limit: String(limit), page: String(page) };
    const hash = await historiesHash(signed, appSecret);
    const safe = { created_from: createdFrom, created_to: createdTo, limit, page };
    const description = describeRequest("GET", PATHS.histories, safe);
    const body = await this.#send(
      {
        method: "GET",
        path: PATHS.histories,
        query: {
          appId,
          created_from: createdFrom,
          created_to: createdTo,
          limit: signed.limit,
          page: signed.page,
          hash,
        },
        description,
        retryMode: "transient",
      },
      signal,
    );
    return { ...parseHistoryBody(body, description), page, limit };
  }

  /** Every page of one window, in order, until a short page. For callers that schedule windows themselves. */
  async *historyWindowPages(
    window: HistoryWindow,
    options: { signal?: AbortSignal; limit?: number } = {},
  ): AsyncGenerator<HistoryPage> {
    const limit = options.limit ?? this.#options.pageSize;
    checkWindow(window.from, window.to);
    for (let page = 1; page <= MAX_PAGES_PER_WINDOW; page++) {
      const result = await this.getHistoryPage(
        { from: window.from, to: window.to, page, limit },
        options.signal,
      );
      // Rejected items count: a page with bad records is still a full page.
      const isLastPage = result.rawCount < limit;
      yield { ...result, window, isLastPage };
      if (isLastPage) return;
    }
    throw new AntringProtocolError(
      `more than ${MAX_PAGES_PER_WINDOW} pages in one window; is paging ignored?`,
    );
  }

  /** Every page of [from, to] (both inclusive): split into ≤31-day windows, oldest window first. */
  async *iterateHistory(
    from: Date,
    to: Date,
    options: IterateHistoryOptions = {},
  ): AsyncGenerator<HistoryRangePage> {
    const windows = planHistoryWindows(from, to, { maxDays: MAX_WINDOW_DAYS });
    for (const [windowIndex, window] of windows.entries()) {
      for await (const page of this.historyWindowPages(window, { signal: options.signal })) {
        const rangePage: HistoryRangePage = { ...page, windowIndex, windowCount: windows.length };
        await options.onPage?.(rangePage);
        yield rangePage;
      }
    }
  }

  /** The time-limited signed URL of a recording. Fetch it when needed; never store or log it. */
  async getRecordingUrl(media: string, signal?: AbortSignal): Promise<string> {
    if (media.length === 0) throw new InvalidArgumentError("media is empty");
    const { appId, appSecret } = this.#options;
    const description = describeRequest("GET", PATHS.playRecording, { media });
    const body = await this.#send(
      {
        method: "GET",
        path: PATHS.playRecording,
        query: { appId, media, hash: await recordingHash(appId, media, appSecret) },
        description,
        retryMode: "transient",
        answer: "json-or-text",
      },
      signal,
    );
    return parseRecordingBody(body, description);
  }

  async #authHeaders(): Promise<Record<string, string>> {
    const { appId, appSecret } = this.#options;
    return { "x-auth-app-id": appId, "x-auth-app-hash": await authHash(appId, appSecret) };
  }

  #send(request: ApiRequest, signal?: AbortSignal): Promise<unknown> {
    return sendRequest(this.#transport, request, signal);
  }
}

/** The documentation's only 400 for click-to-call is "device offline": a codeless 400 means that too. */
function meansDeviceOffline(code: string): boolean {
  return code === "HTTP_400" || /OFFLINE|NOT_REGISTERED|UNREGISTERED|NOT_ONLINE/.test(code);
}

/** Refuses, before any request, what AntRing would refuse: reversed or over-long windows. */
function checkWindow(from: Date, to: Date): void {
  const span = to.getTime() - from.getTime();
  if (!Number.isFinite(span)) throw new InvalidRangeError("bounds must be valid dates");
  if (span < 0) throw new InvalidRangeError("end lies before start");
  if (span > MAX_WINDOW_DAYS * DAY_MS) {
    throw new RangeTooLongError(from.toISOString(), to.toISOString(), MAX_WINDOW_DAYS);
  }
}
