import { serve } from "@hono/node-server";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createSimulatorApp, type SimulatorState } from "./app";
import { ClickToCallDesk } from "./click-to-call";
import { CallDataset } from "./dataset";
import { readSimulatorEnv } from "./env";
import { InvalidSimulatorOptionError } from "./errors";
import { DEFAULT_FAULTS, FailureInjector, RateLimiter, mergeFaults } from "./faults";
import { CallPlacer } from "./live/call-placer";
import { attachLiveFront } from "./live/fronts/attach-front";
import { LiveHub } from "./live/live-hub";
import { requireLiveProtocol, requireLiveRefusal, requireTokenExpireFormat } from "./live/live-options";
import { LiveSignals } from "./live/live-signals";
import { LiveTokenRegistry } from "./live/live-tokens";
import { TrafficSignals } from "./live/traffic-signals";
import { RecordingUrlSigner } from "./signing";
import type {
  HistoryEnvelope,
  RunningSimulator,
  SimulatorDevice,
  SimulatorOptions,
  SimulatorRoute,
} from "./types";

export const DEFAULT_APP_ID = "demo-app";
export const DEFAULT_APP_SECRET = "demo-secret";
const DEFAULT_DEVICES: readonly SimulatorDevice[] = [
  { sipUser: "demo-device", sipPassword: "demo-pass", online: true },
];

const ENVELOPES: readonly HistoryEnvelope[] = ["bare", "data", "success"];

function requireEnvelope(envelope: HistoryEnvelope): HistoryEnvelope {
  if (!ENVELOPES.includes(envelope))
    throw new InvalidSimulatorOptionError("envelope", 'must be "bare", "data" or "success"');
  return envelope;
}

function requirePositive(name: string, value: number, integer: boolean): number {
  if (!(value > 0 && Number.isFinite(value)) || (integer && !Number.isInteger(value))) {
    throw new InvalidSimulatorOptionError(
      name,
      integer ? "must be a positive integer" : "must be a positive number",
    );
  }
  return value;
}

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

/** Starts an AntRing open API stand-in on a local port. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const now = options.now ?? Date.now;
  const seed = options.seed ?? 1;
  const appId = options.appId ?? readSimulatorEnv().appId ?? DEFAULT_APP_ID;
  const appSecret = options.appSecret ?? DEFAULT_APP_SECRET;
  const host = options.host ?? "127.0.0.1";
  const devices = (options.devices ?? DEFAULT_DEVICES).map((device) => ({ ...device }));
  const callsPerDay = requirePositive("callsPerDay", options.callsPerDay ?? 400, false);
  const dataset = new CallDataset({
    seed,
    now,
    callsPerDay,
    historyDays: requirePositive("historyDays", options.historyDays ?? 90, false),
  });
  const signals = new LiveSignals(`account-${appId}`);
  const placer = new CallPlacer({ dataset, signals, seed, callsPerDay, now });
  const tokens = new LiveTokenRegistry();
  tokens.shape = {
    expireFormat: requireTokenExpireFormat(options.tokenExpireFormat ?? "iso"),
    accountId: options.tokenAccountId ?? null,
  };

  const state: SimulatorState = {
    credentials: { appId, appSecret },
    dataset,
    desk: new ClickToCallDesk(placer, seed, () => devices),
    tokens,
    placer,
    signals,
    signer: new RecordingUrlSigner(appSecret),
    rateLimiter: new RateLimiter(),
    failures: new FailureInjector(seed),
    now,
    recordingUrlTtlSeconds: requirePositive(
      "recordingUrlTtlSeconds",
      options.recordingUrlTtlSeconds ?? 600,
      true,
    ),
    faults: mergeFaults({ ...DEFAULT_FAULTS }, options.faults ?? {}),
    envelope: requireEnvelope(options.envelope ?? "success"),
    baseUrl: "",
    counts: new Map(),
  };

  dataset.correctionRate = state.faults.correctionRate;
  const app = createSimulatorApp(state);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () =>
      resolve(listening as Server),
    );
    listening.once("error", reject);
  });
  const port = (server.address() as AddressInfo).port;
  state.baseUrl = `http://${urlHost(host)}:${port}`;
  const liveProtocol = requireLiveProtocol(options.liveProtocol ?? "sio4");
  const hub = new LiveHub(tokens, now, requireLiveRefusal(options.liveRefusal ?? "error"));
  const front = attachLiveFront(liveProtocol, server, hub);
  signals.attach(hub);
  // Generated traffic goes live only on the real clock: a frozen or hand-moved one gives a fixed dataset.
  const traffic =
    (options.liveSignals ?? true) && options.now === undefined
      ? new TrafficSignals(dataset, signals, now)
      : undefined;
  traffic?.start();

  let closing: Promise<void> | undefined;
  return {
    url: state.baseUrl,
    port,
    appId,
    appSecret,
    dataset,
    setFaults: (faults) => {
      state.faults = mergeFaults(state.faults, faults);
      dataset.correctionRate = state.faults.correctionRate;
    },
    setEnvelope: (envelope) => {
      state.envelope = requireEnvelope(envelope);
    },
    requestCount: (route?: SimulatorRoute) => {
      if (route !== undefined) return state.counts.get(route) ?? 0;
      let total = 0;
      for (const count of state.counts.values()) total += count;
      return total;
    },
    liveUrl: state.baseUrl,
    liveProtocol,
    setTokenAnswer: (shape) => {
      tokens.shape = {
        expireFormat: requireTokenExpireFormat(shape.expireFormat ?? tokens.shape.expireFormat),
        accountId: shape.accountId === undefined ? tokens.shape.accountId : shape.accountId,
      };
    },
    setLiveRefusal: (refusal) => {
      hub.refusal = requireLiveRefusal(refusal);
    },
    placeCall: (call) => placer.place(call),
    liveCalls: () => signals.liveCalls(),
    dropLiveConnections: () => front.dropAll(),
    liveSubscribers: () => hub.subscribers(),
    revokeLiveTokens: () => tokens.revokeAll(),
    close: () => {
      traffic?.stop();
      placer.stop();
      front.close();
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
