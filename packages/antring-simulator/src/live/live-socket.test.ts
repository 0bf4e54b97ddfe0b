import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../simulator";
import { getJson, HOUR, manualClock, NOW } from "../test/http";
import { authToken, connectLive, subscribe, subscribed, type LiveClient } from "../test/live";
import type { RunningSimulator } from "../types";

const CALL_BINDINGS = ["call.CHANNEL_CREATE.*", "call.CHANNEL_ANSWER.*", "call.CHANNEL_DESTROY.*"];
const GREGORIAN_TO_UNIX_SECONDS = 62_167_219_200;

describe("live call signals on the real clock", () => {
  let sim: RunningSimulator;
  const clients: LiveClient[] = [];
  const live = async (): Promise<LiveClient> => {
    const client = await connectLive(sim);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    sim = await startSimulator({ callsPerDay: 20, historyDays: 1, liveSignals: false });
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(() => sim.close());

  it("serves Socket.IO on the simulator's own origin", () => {
    expect(sim.liveUrl).toBe(sim.url);
  });

  it("sends create, answer and destroy of a placed call in order; the call is in history when it ends", async () => {
    const client = await live();
    expect(await subscribed(client, await authToken(sim), CALL_BINDINGS)).toEqual({ status: "success" });
    const placed = sim.placeCall({
      direction: "to_ab",
      caller: "0912345678",
      did: "19006868",
      agent: "thutran",
      ringSeconds: 0.2,
      talkSeconds: 0.4,
    });
    expect(sim.liveCalls()).toContainEqual({ callId: placed.callId, state: "ringing" });
    await client.until(() => client.frames(placed.callId).length === 3);
    expect(sim.liveCalls().map((c) => c.callId)).not.toContain(placed.callId);

    const frames = client.frames(placed.callId);
    expect(frames.map((f) => f.name)).toEqual(["CHANNEL_CREATE", "CHANNEL_ANSWER", "CHANNEL_DESTROY"]);
    expect(client.received.filter((r) => r.event.startsWith("CHANNEL_")).map((r) => r.event)).toEqual(
      frames.map((f) => f.name),
    );
    for (const frame of frames) {
      expect(frame.args).toMatchObject({
        "Event-Name": frame.name,
        "Call-ID": placed.callId,
        "Call-Direction": "inbound",
        "Caller-ID-Number": "0912345678",
        "Callee-ID-Number": "thutranhtkbee",
        To: expect.stringMatching(/^19006868@/),
        "Custom-Channel-Vars": { "Account-ID": expect.any(String) },
      });
      expect(frame.args["Custom-Channel-Vars"]).not.toHaveProperty("Authorizing-Type");
    }
    const [create, , destroy] = frames.map((f) => (f.args.Timestamp as number) - GREGORIAN_TO_UNIX_SECONDS);

    const history = sim.dataset
      .callsBetween(Date.now() - HOUR, Date.now())
      .filter((r) => r.caller.number === "0912345678");
    expect(history).toHaveLength(1);
    const [record] = history;
    expect(record).toMatchObject({
      caller: { number: "0912345678", type: "realnumber" },
      callee: { number: "thutranhtkbee", type: "user", username: "thutran" },
      class: "trunking",
      did_number: "19006868",
      direction: "to_ab",
      status_detail: "SUCCESS",
      recording: expect.stringMatching(/^call_recording_/),
    });
    // The events' own times agree with the record: created at its start, destroyed at start + duration.
    expect(create).toBe(record!.unix_timestamp);
    expect(destroy).toBe(record!.unix_timestamp + record!.duration_seconds);
    expect(frames[2]!.args).toMatchObject({
      "Billing-Seconds": String(record!.billing_seconds),
      "Duration-Seconds": String(record!.duration_seconds),
      "Hangup-Cause": "NORMAL_CLEARING",
    });
  });

  it("marks outbound calls as placed by the agent's device and never answers an unanswered one", async () => {
    const client = await live();
    await subscribed(client, await authToken(sim), CALL_BINDINGS);
    const placed = sim.placeCall({
      direction: "from_ab",
      agent: "lanpham",
      callee: "0987000111",
      ringSeconds: 0.2,
      answered: false,
      status: "BUSY",
    });
    await client.until(() => client.frames(placed.callId).some((f) => f.name === "CHANNEL_DESTROY"));
    const frames = client.frames(placed.callId);
    expect(frames.map((f) => f.name)).toEqual(["CHANNEL_CREATE", "CHANNEL_DESTROY"]);
    expect(frames[0]!.args).toMatchObject({
      "Caller-ID-Number": "lanphamhtkbee",
      "Callee-ID-Number": "0987000111",
      "Custom-Channel-Vars": { "Authorizing-Type": "device", Username: "lanphamhtkbee" },
    });
    expect(frames[1]!.args).toMatchObject({ "Billing-Seconds": "0", "Hangup-Cause": "USER_BUSY" });
    const [record] = sim.dataset
      .callsBetween(Date.now() - HOUR, Date.now())
      .filter((r) => r.callee.number === "0987000111");
    expect(record).toMatchObject({
      direction: "from_ab",
      did_number: null,
      status_detail: "BUSY",
      billing_seconds: 0,
      recording: "",
    });
  });

  it("sends only the events a socket subscribed to", async () => {
    const client = await live();
    await subscribed(client, await authToken(sim), ["call.CHANNEL_DESTROY.*"]);
    const placed = sim.placeCall({ ringSeconds: 0.1, talkSeconds: 0.1 });
    await client.until(() => client.frames(placed.callId).length > 0);
    expect(client.frames().map((f) => f.name)).toEqual(["CHANNEL_DESTROY"]);
  });

  it("refuses a token it never issued: an error event, then the socket is disconnected", async () => {
    const client = await live();
    subscribe(client, "not-a-token", CALL_BINDINGS);
    await client.until(() => client.disconnects.length > 0);
    expect(client.received[0]).toEqual({
      event: "error",
      payload: { status: "error", message: "failed to authenticate token" },
    });
    expect(client.disconnects).toEqual(["io server disconnect"]);
  });

  it("refuses revoked tokens and accepts new ones", async () => {
    const old = await authToken(sim);
    sim.revokeLiveTokens();
    const refused = await live();
    expect(await subscribed(refused, old, CALL_BINDINGS)).toEqual({
      status: "error",
      message: "failed to authenticate token",
    });
    const accepted = await live();
    expect(await subscribed(accepted, await authToken(sim), CALL_BINDINGS)).toEqual({ status: "success" });
  });

  it("answers an unknown binding with an error but keeps the socket", async () => {
    const client = await live();
    const reply = await subscribed(client, await authToken(sim), [
      "conference.event.*",
      "call.CHANNEL_CREATE.*",
    ]);
    expect(reply).toEqual({ status: "error", message: "no available subscriptions to requested binding" });
    const placed = sim.placeCall({ ringSeconds: 0.1, talkSeconds: 0.1 });
    await client.until(() => client.frames(placed.callId).length > 0);
    expect(client.socket.connected).toBe(true);
  });

  it("drops every connection at the transport on request", async () => {
    const client = await live();
    await subscribed(client, await authToken(sim), CALL_BINDINGS);
    expect(sim.dropLiveConnections()).toBeGreaterThanOrEqual(1);
    await client.until(() => client.disconnects.length > 0);
    expect(client.disconnects).toEqual(["transport close"]);
  });
});

describe("POST /_sim/calls", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ callsPerDay: 20, historyDays: 1, liveSignals: false });
  });
  afterAll(() => sim.close());

  const post = (body: string): ReturnType<typeof getJson> =>
    getJson(`${sim.url}/_sim/calls`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });

  it("places a call (201 {callId, endsAt}) that GET /_sim/calls then lists", async () => {
    const before = Date.now();
    const { status, body } = await post(
      JSON.stringify({ direction: "to_ab", ringSeconds: 30, talkSeconds: 60 }),
    );
    expect(status).toBe(201);
    const { callId, endsAt } = body as { callId: string; endsAt: string };
    expect(Date.parse(endsAt) - before).toBeGreaterThanOrEqual(90_000);
    expect((await getJson(`${sim.url}/_sim/calls`)).body).toEqual({ calls: [{ callId, state: "ringing" }] });
    expect((await post("")).status).toBe(201); // every field has a default
  });

  it("places a call in the past (startedAt): in the history at that time at once, with no live signals", async () => {
    const startedAt = Date.now() - 3_600_000;
    const liveBefore = sim.liveCalls();
    const { status } = await post(
      JSON.stringify({
        direction: "to_ab",
        caller: "+84903123456",
        status: "BUSY",
        ringSeconds: 20,
        startedAt: new Date(startedAt).toISOString(),
      }),
    );
    expect(status).toBe(201);
    const listed = sim.dataset
      .callsBetween(startedAt - 1000, startedAt + 1000)
      .filter((c) => c.caller.number === "+84903123456");
    expect(listed).toMatchObject([
      { unix_timestamp: Math.floor(startedAt / 1000), status_detail: "BUSY", duration_seconds: 20 },
    ]);
    expect(sim.liveCalls()).toEqual(liveBefore);
    expect((await post('{"startedAt":"yesterday"}')).status).toBe(400);
  });

  it.each([
    ["not JSON", "{"],
    ["not an object", "[1]"],
    ["an unknown field", '{"colour":"red"}'],
    ["a bad direction", '{"direction":"sideways"}'],
    ["negative seconds", '{"ringSeconds":-1}'],
    ["a status on an answered call", '{"answered":true,"status":"BUSY"}'],
    ["a DID on an outbound call", '{"direction":"from_ab","did":"19006868"}'],
    ["a name with spaces", '{"caller":"0912 345"}'],
  ])("answers 400 INVALID_PARAMETER for %s", async (_label, body) => {
    const { status, body: answer } = await post(body);
    expect(status).toBe(400);
    expect(answer).toMatchObject({
      success: false,
      message: "INVALID_PARAMETER",
      detail: expect.any(String),
    });
  });
});

describe("live signals on a hand-moved clock", () => {
  const clock = manualClock(NOW);
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ now: clock.now, callsPerDay: 400, historyDays: 1 });
  });
  afterAll(() => sim.close());

  it("refuses a token once it has expired by the simulator's clock", async () => {
    const token = await authToken(sim);
    clock.advance(HOUR + 1);
    const client = await connectLive(sim);
    try {
      expect(await subscribed(client, token, CALL_BINDINGS)).toEqual({
        status: "error",
        message: "failed to authenticate token",
      });
    } finally {
      client.close();
    }
  });

  it("sends no generated traffic, only placed calls, whose history entry waits for the clock", async () => {
    const client = await connectLive(sim);
    try {
      await subscribed(client, await authToken(sim), CALL_BINDINGS);
      const startMs = clock.now();
      const placed = sim.placeCall({
        direction: "from_ab",
        agent: "hoangle",
        callee: "minhnguyen",
        ringSeconds: 0.5,
        talkSeconds: 1,
      });
      expect(placed.endsAt.getTime()).toBe(startMs + 1_500);
      await client.until(() => client.frames(placed.callId).length === 3);
      // A second and a half of real time, and nothing but the placed call: the generated traffic stays still.
      expect(client.frames().every((f) => f.args["Call-ID"] === placed.callId)).toBe(true);
      const internal = (): unknown[] =>
        sim.dataset
          .callsBetween(startMs - HOUR, startMs + HOUR)
          .filter((r) => r.callee.number === "minhnguyenhtkbee" && r.caller.number === "hoanglehtkbee");
      expect(internal()).toEqual([]);
      clock.advance(2_000);
      expect(internal()).toEqual([
        expect.objectContaining({
          class: "one_one",
          did_number: null,
          status_detail: "SUCCESS",
          unix_timestamp: Math.floor(startMs / 1000),
        }),
      ]);
    } finally {
      client.close();
    }
  });
});
