// The live feed and the probe against the simulator speaking each protocol, over real sockets: auto-detection,
// signals, and each way a server refuses a token.
import {
  LIVE_REFUSALS,
  type RunningSimulator,
  startSimulator,
  TOKEN_EXPIRE_FORMATS,
} from "@antdash/antring-simulator";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AntringClient } from "../client";
import { type RecordedFeed, recordLiveCalls, until } from "../test/live-feed-recorder";
import { clientFor, SECRET } from "../test/simulator-fixture";
import { DEFAULT_LIVE_BINDINGS, type LiveCallFeed } from "./live-feed";
import { LIVE_PROTOCOLS, type LiveProtocol } from "./live-protocol";
import type { LiveCallSignal } from "./live-signal";
import { probeLiveFeed } from "./probe-live-feed";

describe.each(LIVE_PROTOCOLS)("a server speaking %s", (protocol: LiveProtocol) => {
  let sim: RunningSimulator;
  let client: AntringClient;
  const feeds: LiveCallFeed[] = [];
  const earlier = LIVE_PROTOCOLS.slice(0, LIVE_PROTOCOLS.indexOf(protocol));

  function watch(): RecordedFeed {
    const recorded = recordLiveCalls({
      client,
      url: sim.liveUrl,
      accountId: "account-42",
      reconnect: { baseDelayMs: 20, maxDelayMs: 100 },
      connectTimeoutMs: 3_000,
    });
    feeds.push(recorded.feed);
    return recorded;
  }

  /** Every binding of the feed is in place on the server. */
  const subscribed = (): boolean =>
    sim.liveSubscribers().some((s) => s.bindings.length === DEFAULT_LIVE_BINDINGS.length);

  async function hearsACall(signals: LiveCallSignal[]): Promise<void> {
    const placed = sim.placeCall({
      direction: "to_ab",
      caller: "0912000111",
      did: "19006868",
      agent: "thutran",
      ringSeconds: 0.1,
      talkSeconds: 0.1,
    });
    await until(
      () => signals.filter((s) => s.callId === placed.callId).length === 3,
      `the call's three signals over ${protocol}`,
    );
    expect(signals.filter((s) => s.callId === placed.callId).map((s) => s.state)).toEqual([
      "ringing",
      "answered",
      "ended",
    ]);
    expect(signals.find((s) => s.callId === placed.callId)).toMatchObject({
      direction: "to_ab",
      caller: "0912000111",
      did: "19006868",
    });
  }

  beforeAll(async () => {
    sim = await startSimulator({
      appSecret: SECRET,
      callsPerDay: 20,
      historyDays: 1,
      liveSignals: false,
      liveProtocol: protocol,
    });
    client = clientFor(sim);
  });
  afterEach(() => {
    for (const feed of feeds.splice(0)) feed.close();
    sim.setLiveRefusal("error");
  });
  afterAll(() => sim.close());

  it("is found by auto-detection, reported in the status, and its call signals arrive with account_id sent", async () => {
    const { feed, signals, statuses } = watch();
    await until(() => feed.connected && subscribed(), "the feed to subscribe");
    expect(statuses.find((s) => s.state === "connected")).toEqual({ state: "connected", protocol });
    expect(feed.protocol).toBe(protocol);
    expect(sim.liveSubscribers()).toEqual([
      { accountId: "account-42", bindings: [...DEFAULT_LIVE_BINDINGS].sort() },
    ]);
    await hearsACall(signals);
  });

  it("is what the probe finds, after naming why each earlier protocol failed", async () => {
    const result = await probeLiveFeed({ client, url: sim.liveUrl, timeoutMs: 8_000 });
    expect(result).toMatchObject({ ok: true, protocol, subscription: "acknowledged" });
    expect(result.attempts.map((a) => a.protocol)).toEqual(earlier);
    for (const attempt of result.attempts) expect(attempt.reason).not.toBe("");
  });

  it("sends the auth token answer's account_id over the configured one", async () => {
    sim.setTokenAnswer({ accountId: "from-token" });
    try {
      const { feed } = watch();
      await until(() => feed.connected && subscribed(), "the feed to subscribe");
      expect(sim.liveSubscribers().map((s) => s.accountId)).toEqual(["from-token"]);
    } finally {
      sim.setTokenAnswer({ accountId: null });
    }
  });

  it("fails the probe at connect when told the wrong protocol", async () => {
    const other = protocol === "sio4" ? "kazoo-ws" : "sio4";
    const result = await probeLiveFeed({ client, url: sim.liveUrl, protocol: other, timeoutMs: 5_000 });
    expect(result).toMatchObject({ ok: false, stage: "connect" });
    expect(result.attempts.map((a) => a.protocol)).toEqual([other]);
    if (!result.ok) expect(result.reason).toMatch(new RegExp(`^${other}: `));
  });

  it.each(LIVE_REFUSALS)(
    "recognises a token refused by %s, fetches a new one and hears calls again",
    async (refusal) => {
      sim.setLiveRefusal(refusal);
      const { feed, signals, statuses } = watch();
      await until(() => feed.connected && subscribed(), "the feed to subscribe");
      await hearsACall(signals); // heard something: a later drop is not a refusal by itself
      const tokensBefore = sim.requestCount("auth_token");
      sim.revokeLiveTokens();
      sim.dropLiveConnections();
      await until(
        () => statuses.some((s) => s.reason?.startsWith("subscription refused: ") === true),
        "the refusal",
      );
      const refusalStatus = statuses.find((s) => s.reason?.startsWith("subscription refused: ") === true)!;
      expect(refusalStatus.state).toBe("error");
      expect(refusalStatus.reason).toMatch(
        {
          error: /failed to authenticate token/,
          auth_failure: /invalid or expired auth token/,
          drop: /closed the connection right after subscribe/,
        }[refusal],
      );
      await until(
        () => sim.requestCount("auth_token") === tokensBefore + 1 && feed.connected && subscribed(),
        "a new token and subscription",
      );
      await hearsACall(signals);
      expect(feed.protocol).toBe(protocol);

      const probed = await probeLiveFeed({
        authToken: "not-a-token",
        url: sim.liveUrl,
        protocol,
        timeoutMs: 5_000,
      });
      expect(probed).toMatchObject({ ok: false, stage: "subscribe", protocol });
    },
  );
});

describe("the auth token answer", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ appSecret: SECRET, callsPerDay: 20, historyDays: 1, liveSignals: false });
  });
  afterAll(() => sim.close());

  it.each(TOKEN_EXPIRE_FORMATS)(
    "is understood with expire as %s, and the feed connects with it",
    async (expireFormat) => {
      sim.setTokenAnswer({ expireFormat });
      const client = clientFor(sim);
      const before = Date.now();
      const token = await client.getAuthToken();
      // The simulator's tokens live an hour; epoch seconds lose the milliseconds.
      expect(token.expire.getTime()).toBeGreaterThanOrEqual(before + 3_600_000 - 1_000);
      expect(token.expire.getTime()).toBeLessThanOrEqual(Date.now() + 3_600_000);
      expect(await probeLiveFeed({ client, url: sim.liveUrl, timeoutMs: 5_000 })).toMatchObject({
        ok: true,
        protocol: "sio4",
      });
    },
  );
});

describe("a server that never answers", () => {
  it("fails the probe within its budget, naming the attempts it cut short", async () => {
    // Accepts TCP connections and says nothing: no protocol's handshake can complete.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const started = Date.now();
      const result = await probeLiveFeed({
        authToken: "never-sent-token",
        url: `http://127.0.0.1:${port}`,
        timeoutMs: 1_500,
      });
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(result).toMatchObject({ ok: false, stage: "connect" });
      if (result.ok) return;
      expect(result.reason).toMatch(/^no protocol connected within 1500 ms \(sio4: /);
      expect(result.attempts.at(-1)?.reason).toBe("cut short");
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
