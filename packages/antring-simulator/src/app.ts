import { Hono, type Context, type MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { RecordingAudio } from "./audio";
import { authenticate, type Credentials } from "./auth";
import { parseByteRange } from "./byte-range";
import type { ClickToCallDesk } from "./click-to-call";
import { serveRecord } from "./corruption";
import type { CallDataset } from "./dataset";
import {
  AntRingApiError,
  InjectedFailureError,
  InvalidParameterError,
  MediaNotFoundError,
  MethodNotSupportedError,
  RangeNotSatisfiableError,
  RecordingSignatureError,
  RecordingUrlExpiredError,
  RequestLimitExceededError,
} from "./errors";
import type { FailureInjector, RateLimiter } from "./faults";
import { historySignedValues, parseHistoryQuery } from "./history-query";
import type { CallPlacer } from "./live/call-placer";
import type { LiveSignals } from "./live/live-signals";
import type { LiveTokenRegistry } from "./live/live-tokens";
import { InvalidCallError } from "./live/place-call-input";
import { RecordingUrlSigner } from "./signing";
import type { HistoryEnvelope, RecordingShape, SimulatorFaults, SimulatorRoute } from "./types";

/** Everything the routes read; mutable fields change at runtime (setFaults, setEnvelope). */
export interface SimulatorState {
  credentials: Credentials;
  dataset: CallDataset;
  desk: ClickToCallDesk;
  tokens: LiveTokenRegistry;
  placer: CallPlacer;
  signals: LiveSignals;
  signer: RecordingUrlSigner;
  rateLimiter: RateLimiter;
  failures: FailureInjector;
  now: () => number;
  recordingUrlTtlSeconds: number;
  faults: SimulatorFaults;
  envelope: HistoryEnvelope;
  baseUrl: string;
  counts: Map<SimulatorRoute, number>;
}

function errorBody(c: Context, error: AntRingApiError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json({ success: false, message: error.code }, error.status as ContentfulStatusCode);
}

function wrap(records: unknown[], envelope: HistoryEnvelope): unknown {
  if (envelope === "bare") return records;
  if (envelope === "data") return { data: records };
  return { success: true, data: records };
}

/** Counting, latency, rate limit and injected failures for one AntRing route, in that order. */
function upstreamConditions(
  state: SimulatorState,
  route: Exclude<SimulatorRoute, "media">,
): MiddlewareHandler {
  return async (c, next) => {
    state.counts.set(route, (state.counts.get(route) ?? 0) + 1);
    const { faults } = state;
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    if (faults.rateLimitPerSecond !== null) {
      const appId = c.req.header("x-auth-app-id") ?? c.req.query("appId") ?? "";
      if (!state.rateLimiter.admit(appId, faults.rateLimitPerSecond)) throw new RequestLimitExceededError();
    }
    if (faults.failureRoutes === "all" || route === "histories") {
      const status = state.failures.draw(faults);
      if (status !== null) throw new InjectedFailureError(status);
    }
    await next();
  };
}

function headerAuth(c: Context, state: SimulatorState): void {
  const appId = c.req.header("x-auth-app-id");
  authenticate(state.credentials, appId, appId ?? "", c.req.header("x-auth-app-hash"));
}

function recordingAnswer(c: Context, url: string, shape: RecordingShape): Response {
  if (shape === "bare") return c.text(url);
  if (shape === "data") return c.json({ data: { media: url } });
  if (shape === "success") return c.json({ success: true, data: { media: url } });
  return c.json({ media: url });
}

export function createSimulatorApp(state: SimulatorState): Hono {
  const app = new Hono();

  app.post("/oapi/v1/voice/auth_token", upstreamConditions(state, "auth_token"), (c) => {
    headerAuth(c, state);
    return c.json(state.tokens.answer(state.now()));
  });

  app.post("/oapi/v1/call/click-to-call/:number", upstreamConditions(state, "click_to_call"), async (c) => {
    headerAuth(c, state);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new InvalidParameterError();
    }
    const { sipUser, sipPassword } = (typeof body === "object" && body !== null ? body : {}) as Record<
      string,
      unknown
    >;
    state.desk.place(sipUser, sipPassword, c.req.param("number"));
    const shape = state.faults.clickToCallBody;
    if (shape === "empty") return c.body(null, 200);
    if (shape === "text") return c.text("OK");
    return c.json({ success: true });
  });

  app.get("/oapi/v1/call/histories", upstreamConditions(state, "histories"), (c) => {
    const query = (name: string): string | undefined => c.req.query(name);
    authenticate(state.credentials, query("appId"), historySignedValues(query), query("hash"));
    const { fromMs, toMs, limit, page } = parseHistoryQuery(query);
    const calls = state.dataset.page(fromMs, toMs, (page - 1) * limit, limit);
    const records = calls.map(({ record, key }) => serveRecord(record, key, state.faults.malformedRate));
    return c.json(wrap(records, state.envelope));
  });

  app.get("/oapi/v1/call/play_recording", upstreamConditions(state, "play_recording"), (c) => {
    const appId = c.req.query("appId");
    const media = c.req.query("media") ?? "";
    authenticate(state.credentials, appId, (appId ?? "") + media, c.req.query("hash"));
    if (state.dataset.findRecording(media) === undefined) throw new MediaNotFoundError();
    const expires = Math.floor(state.now() / 1000) + state.recordingUrlTtlSeconds;
    const url = `${state.baseUrl}/nkrecord/${encodeURIComponent(media)}?${state.signer.query(media, expires)}`;
    return recordingAnswer(c, url, state.faults.recordingShape);
  });

  // GET also answers HEAD (Hono dispatches HEAD to GET handlers and drops the body).
  app.get("/nkrecord/:media", (c) => {
    state.counts.set("media", (state.counts.get("media") ?? 0) + 1);
    const media = c.req.param("media");
    const expiresText = c.req.query("Expires") ?? "";
    const expires = /^\d{1,12}$/.test(expiresText) ? Number(expiresText) : NaN;
    const signatureOk =
      c.req.query("AWSAccessKeyId") === RecordingUrlSigner.ACCESS_KEY_ID &&
      Number.isFinite(expires) &&
      state.signer.verify(media, expires, c.req.query("Signature") ?? "");
    if (!signatureOk) throw new RecordingSignatureError();
    if (expires * 1000 <= state.now()) throw new RecordingUrlExpiredError();
    const record = state.dataset.findRecording(media);
    if (record === undefined) throw new AntRingApiError(404, "MEDIA_NOT_FOUND");

    const audio = new RecordingAudio(media, record.billing_seconds);
    const range = parseByteRange(c.req.header("range"), audio.size);
    if (range.kind === "unsatisfiable") throw new RangeNotSatisfiableError(audio.size);
    const [start, end] = range.kind === "partial" ? [range.start, range.end] : [0, audio.size - 1];
    const headers: Record<string, string> = {
      "Content-Type": audio.contentType,
      "Content-Length": String(end - start + 1),
      "Accept-Ranges": "bytes",
      "Cache-Control": "private, max-age=300",
    };
    if (range.kind === "partial") headers["Content-Range"] = `bytes ${start}-${end}/${audio.size}`;
    const body = c.req.method === "HEAD" ? null : audio.stream(start, end);
    return new Response(body, { status: range.kind === "partial" ? 206 : 200, headers });
  });

  // Simulator controls, not AntRing's API: place a live call from another process (demo mode, e2e tests).
  app.post("/_sim/calls", async (c) => {
    const text = await c.req.text();
    let body: unknown;
    try {
      body = text.trim() === "" ? {} : JSON.parse(text);
    } catch {
      throw new InvalidCallError("the body is not JSON");
    }
    const { callId, endsAt } = state.placer.place(body);
    return c.json({ callId, endsAt: endsAt.toISOString() }, 201);
  });
  app.get("/_sim/calls", (c) => c.json({ calls: state.signals.liveCalls() }));

  app.notFound((c) => errorBody(c, new MethodNotSupportedError()));

  app.onError((error, c) => {
    if (error instanceof AntRingApiError) return errorBody(c, error);
    if (error instanceof InvalidCallError)
      return c.json({ success: false, message: "INVALID_PARAMETER", detail: error.detail }, 400);
    console.error(`antring-simulator: unexpected ${error.name} on ${c.req.method} ${c.req.path}`);
    return errorBody(c, new AntRingApiError(500, "INTERNAL_SERVER_ERROR"));
  });

  return app;
}
