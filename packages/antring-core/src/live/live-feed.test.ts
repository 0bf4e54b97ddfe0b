// The live feed against the real simulator over loopback Socket.IO: no mocks.
import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type RecordedFeed, recordLiveCalls, until } from "../test/live-feed-recorder";
import { clientFor, expectRedacted, SECRET } from "../test/simulator-fixture";
import type { AntringClient } from "../client";
import { inboundCall } from "../testing/call-records";
import { connectLiveCalls, type LiveCallFeed, type LiveCallFeedOptions } from "./live-feed";
import { LiveCallBoard } from "./live-call-board";
import type { LiveCallSignal } from "./live-signal";

const FAST_RECONNECT = { baseDelayMs: 20, maxDelayMs: 100 };

interface Watched extends RecordedFeed {
  until(predicate: () => boolean, what: string): Promise<void>;
  ofCall(callId: string): LiveCallSignal[];
}

describe("connectLiveCalls", () => {
  let sim: RunningSimulator;
  let client: AntringClient;
  const feeds: LiveCallFeed[] = [];

  /** A recording feed on the simulator (see recordLiveCalls), closed after the test. */
  function watch(
    options: Partial<Omit<LiveCallFeedOptions, "onSignal" | "onStatus">> = {},
    alsoOnSignal?: (signal: LiveCallSignal) => void,
  ): Watched {
    const recorded = recordLiveCalls(
      { client, url: sim.liveUrl, accountId: "account-1", reconnect: FAST_RECONNECT, ...options },
      alsoOnSignal,
    );
    feeds.push(recorded.feed);
    return {
      ...recorded,
      until,
      ofCall: (callId) => recorded.signals.filter((s) => s.callId === callId),
    };
  }

  /** Connected with its subscriptions in place on the server: proven by hearing a probe call end. */
  async function connected(watched: Watched): Promise<void> {
    await until(() => watched.feed.connected, "the feed to connect");
    const probes = new Set<string>();
    let polls = 0;
    await until(() => {
      if (watched.signals.some((s) => probes.has(s.callId) && s.state === "ended")) return true;
      if (polls++ % 10 === 0) probes.add(sim.placeCall({ ringSeconds: 0, talkSeconds: 0 }).callId);
      return false;
    }, "a probe call");
  }

  beforeAll(async () => {
    // The real clock, so placed calls end and enter history; no generated traffic, so every signal is ours.
    sim = await startSimulator({ appSecret: SECRET, callsPerDay: 20, historyDays: 1, liveSignals: false });
    client = clientFor(sim);
  });
  afterEach(() => {
    for (const feed of feeds.splice(0)) feed.close();
  });
  afterAll(() => sim.close());

  it("receives create, answer and destroy of a placed call, in order, mapped to typed signals", async () => {
    const watched = watch();
    await connected(watched);
    expect(watched.statuses.slice(0, 2)).toEqual([
      { state: "connecting" },
      { state: "connected", protocol: "sio4" },
    ]);

    const placed = sim.placeCall({
      direction: "to_ab",
      caller: "0912345678",
      did: "19006868",
      agent: "thutran",
      ringSeconds: 0.3,
      talkSeconds: 0.6,
    });
    await until(() => watched.ofCall(placed.callId).length === 3, "three signals");
    const signals = watched.ofCall(placed.callId);
    expect(signals.map((s) => s.state)).toEqual(["ringing", "answered", "ended"]);
    for (const signal of signals) {
      expect(signal).toMatchObject({
        direction: "to_ab",
        caller: "0912345678",
        callee: "thutranhtkbee",
        did: "19006868",
        agent: "thutranhtkbee",
      });
    }
    const times = signals.map((s) => s.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("feeds a LiveCallBoard that shows the call while it lasts and forgets it when it ends", async () => {
    const board = new LiveCallBoard();
    const seen: string[] = [];
    const watched = watch({}, (signal) => {
      board.apply(signal);
      seen.push(`${signal.state}:${board.get(signal.callId)?.state ?? "gone"}`);
    });
    await connected(watched);
    const placed = sim.placeCall({
      direction: "from_ab",
      agent: "lanpham",
      callee: "0987000111",
      ringSeconds: 0.2,
      talkSeconds: 0.3,
    });
    await until(() => watched.ofCall(placed.callId).some((s) => s.state === "ended"), "the call to end");
    expect(seen.slice(-3)).toEqual(["ringing:ringing", "answered:answered", "ended:gone"]);
    expect(board.list().map((s) => s.callId)).not.toContain(placed.callId);
  });

  it("puts a placed call in history, as the client reads it, once its destroy signal arrived", async () => {
    const watched = watch();
    await connected(watched);
    const placed = sim.placeCall({
      direction: "to_ab",
      caller: "0933444555",
      did: "02473001234",
      agent: "ngocvo",
      ringSeconds: 1,
      talkSeconds: 1,
    });
    await until(() => watched.ofCall(placed.callId).some((s) => s.state === "ended"), "the destroy signal");
    const created = watched.ofCall(placed.callId)[0]!.at;
    const page = await client.getHistoryPage({
      from: new Date(Date.now() - 3_600_000),
      to: new Date(),
      page: 1,
    });
    const mine = page.records.filter((r) => r.caller.number === "0933444555");
    // An answered inbound trunk call (inboundCall's class, direction and status), with this call's own facts.
    expect(mine).toEqual([
      inboundCall({
        caller: { number: "0933444555", type: "realnumber" },
        callee: { number: "ngocvohtkbee", type: "user", username: "ngocvo" },
        did_number: "02473001234",
        duration_seconds: 2,
        unix_timestamp: Math.floor(created.getTime() / 1000),
        billing_seconds: 1,
        recording: expect.stringMatching(/^call_recording_/),
      }),
    ]);
  });

  it("reconnects by itself after the server drops every connection, reusing its still-valid token", async () => {
    const watched = watch();
    await connected(watched);
    const tokensBefore = sim.requestCount("auth_token");
    expect(sim.dropLiveConnections()).toBeGreaterThanOrEqual(1);
    await until(() => watched.statuses.some((s) => s.state === "disconnected"), "the drop");
    expect(watched.statuses.find((s) => s.state === "disconnected")).toEqual({
      state: "disconnected",
      reason: "transport close",
    });
    await connected(watched);

    const later = sim.placeCall({ ringSeconds: 0.1, talkSeconds: 0.1 });
    await until(() => watched.ofCall(later.callId).length === 3, "signals after the reconnect");
    expect(sim.requestCount("auth_token")).toBe(tokensBefore);
  });

  it("fetches a new token when the server refuses the cached one, then receives signals again", async () => {
    const watched = watch();
    await connected(watched);
    const tokensBefore = sim.requestCount("auth_token");
    sim.revokeLiveTokens();
    sim.dropLiveConnections();
    await until(() => watched.statuses.some((s) => s.state === "error"), "the refusal");
    const refusal = watched.statuses.find((s) => s.state === "error")!;
    expect(refusal.reason).toBe("subscription refused: failed to authenticate token");
    await connected(watched);
    expect(sim.requestCount("auth_token")).toBe(tokensBefore + 1);

    const later = sim.placeCall({ ringSeconds: 0.1, talkSeconds: 0.1 });
    await until(() => watched.ofCall(later.callId).length === 3, "signals with the new token");
  });

  it("keeps retrying while auth_token fails, reports why without any secret, and stops on close()", async () => {
    const wrong = clientFor(sim, { appSecret: "wrong-secret-a9", retry: { retries: 0 } });
    const watched = watch({ client: wrong });
    await until(
      () => watched.statuses.filter((s) => s.state === "error").length >= 3,
      "three failed attempts",
    );
    const reasons = watched.statuses.map((s) => s.reason ?? "");
    expect(reasons).toContain(
      "auth token: HashMismatchError: POST /oapi/v1/voice/auth_token: signature rejected, check the app secret (HASH_NOT_MATCH)",
    );
    expectRedacted(new Error(reasons.join("\n")), ["wrong-secret-a9"]);
    expect(watched.feed.connected).toBe(false);

    watched.feed.close();
    const attempts = sim.requestCount("auth_token");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sim.requestCount("auth_token")).toBe(attempts);
    expect(watched.statuses.at(-1)).toEqual({ state: "disconnected", reason: "closed" });
  });

  it("reports an unreachable server and closes when its AbortSignal aborts", async () => {
    const abort = new AbortController();
    const down = await startSimulator({
      appSecret: SECRET,
      callsPerDay: 20,
      historyDays: 1,
      liveSignals: false,
    });
    const url = down.liveUrl;
    await down.close();
    const watched = watch({ url, signal: abort.signal });
    await until(() => watched.statuses.some((s) => s.state === "error"), "a connect failure");
    expect(watched.statuses.find((s) => s.state === "error")?.reason).toMatch(/^connect failed: /);
    abort.abort();
    expect(watched.statuses.at(-1)).toEqual({ state: "disconnected", reason: "closed" });
    expect(watched.feed.connected).toBe(false);
  });

  it("stops delivering signals after close()", async () => {
    const watched = watch();
    await connected(watched);
    watched.feed.close();
    expect(watched.feed.connected).toBe(false);
    const count = watched.signals.length;
    const placed = sim.placeCall({ ringSeconds: 0, talkSeconds: 0 });
    // A second feed sees the call end, so the closed one had every chance to hear it too.
    const other = watch();
    await connected(other);
    const again = sim.placeCall({ ringSeconds: 0, talkSeconds: 0 });
    await until(() => other.ofCall(again.callId).length > 0, "the other feed");
    expect(watched.signals.length).toBe(count);
    expect(watched.ofCall(placed.callId)).toEqual([]);
  });

  it("refuses options it could never work with", () => {
    const base = { client, onSignal: () => {} };
    expect(() => connectLiveCalls({ ...base, url: "ftp://example" })).toThrow(/url/);
    expect(() => connectLiveCalls({ ...base, bindings: [] })).toThrow(/bindings/);
    expect(() => connectLiveCalls({ ...base, reconnect: { baseDelayMs: 10, maxDelayMs: 1 } })).toThrow(
      /reconnect/,
    );
  });
});
